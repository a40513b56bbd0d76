import { describe, expect, it } from 'vitest';
import { placeToName, regionWide } from '../../../src/model/jurisdiction';

describe('regionWide', () => {
  it.each([
    [undefined, 'Germany', true],
    ['Mexico (federal)', 'Mexico', true],
    ['Ontario', 'Canada', false],
  ])('a rule in %s of %s holds region-wide: %s', (jurisdiction, regionName, expected) => {
    expect(regionWide(jurisdiction === undefined ? {} : { jurisdiction }, regionName)).toBe(expected);
  });
});

describe('placeToName', () => {
  it.each([
    ['Cancelling a distance contract', 'Québec', 'Canada', 'Québec'],
    ['Refund after a valid cancellation (Ontario)', 'Ontario', 'Canada', undefined],
    ['Consumer Protection (Western Australia)', 'Western Australia', 'Australia', undefined],
    ['Right of withdrawal', 'Mexico (federal)', 'Mexico', undefined],
    ['Right of withdrawal', undefined, 'Germany', undefined],
  ])('"%s" in %s (%s) names %s', (label, jurisdiction, regionName, expected) => {
    expect(placeToName(label, jurisdiction === undefined ? {} : { jurisdiction }, regionName)).toBe(expected);
  });
});
