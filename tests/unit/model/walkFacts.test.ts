import { describe, expect, it } from 'vitest';
import { walkFacts, type DataPath } from '../../../src/model/walkFacts';
import { fixtureRegion } from '../mdx/fixtureRegion';

describe('the one walk over a region\'s facts', () => {
  it('visits every object but the sources, parents first, each with its path', () => {
    const seen: DataPath[] = [];
    walkFacts({ sources: [{ id: 'a' }], returnWindow: { days: 30, source: 'a' }, refund: { paymentTimes: [{ max: 5 }, { max: 7, nested: { x: 1 } }] }, name: 'X' }, (_node, path) => seen.push(path));
    expect(seen).toEqual([['returnWindow'], ['refund'], ['refund', 'paymentTimes', 0], ['refund', 'paymentTimes', 1], ['refund', 'paymentTimes', 1, 'nested']]);
  });

  it('reaches every fact of a real region, so a check on facts misses none', () => {
    const region = fixtureRegion();
    let facts = 0;
    walkFacts(region, (node) => {
      if (typeof node.source === 'string') facts += 1;
    });
    const counted = JSON.stringify({ ...region, sources: [] }).match(/"source":"/g)?.length ?? 0;
    expect(facts).toBe(counted);
    expect(facts).toBeGreaterThan(5);
  });
});
