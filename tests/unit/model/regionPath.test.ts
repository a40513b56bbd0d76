import { describe, expect, it } from 'vitest';
import { lookupRegionPath, parseRegionPath } from '../../../src/model/regionPath';
import { fixtureRegion, TWO_PROVINCES } from '../mdx/fixtureRegion';

const region = fixtureRegion({ statutoryRights: TWO_PROVINCES });

describe('lookupRegionPath', () => {
  it('follows a dotted path to a value, with the fact it belongs to', () => {
    const found = lookupRegionPath(region, 'returnWindow.days');
    expect(found).toMatchObject({ kind: 'value', value: 30, key: 'days', fact: { source: 'amazon-us-returns', confidence: 'official' } });
  });

  it('follows a position in a list', () => {
    expect(lookupRegionPath(region, 'refund.paymentTimes.0')).toMatchObject({ kind: 'value', value: { method: 'credit-card', min: 3, max: 5 } });
  });

  it('picks a list entry by a field, and by two fields when one is not enough', () => {
    expect(lookupRegionPath(region, 'refund.paymentTimes[method=credit-card].max')).toMatchObject({ kind: 'value', value: 5, fact: { source: 'amazon-holiday-2025' } });
    expect(lookupRegionPath(region, 'statutoryRights[kind=disclosure][jurisdiction=Québec].period')).toMatchObject({ kind: 'value', value: { value: 15 } });
  });

  it('says "not published" when the data says so anywhere along the path', () => {
    expect(lookupRegionPath(region, 'aToZ.claimWindow.days')).toMatchObject({ kind: 'not-published', missing: { checkAt: 'amazon-us-returns' } });
    expect(lookupRegionPath(region, 'refund.paymentTimes[method=bank-account]')).toMatchObject({ kind: 'not-published' });
  });

  it('names the fields that exist when one does not', () => {
    const found = lookupRegionPath(region, 'returnWindow.dayz');
    expect(found.kind).toBe('absent');
    expect(found.kind === 'absent' && found.problem).toBe('returnWindow has no field "dayz" (it has: days, counts, source, confidence)');
  });

  it('says how many entries a list has when the position is past its end', () => {
    const found = lookupRegionPath(region, 'refund.paymentTimes.7');
    expect(found.kind === 'absent' && found.problem).toMatch(/has 2 entries \(positions 0 to 1\)/);
  });

  it('rejects a filter that matches several entries, listing their positions', () => {
    const found = lookupRegionPath(region, 'statutoryRights[kind=disclosure].period');
    expect(found.kind).toBe('invalid');
    expect(found.kind === 'invalid' && found.problem).toMatch(/matches 2 entries \(statutoryRights\.0, statutoryRights\.1\)/);
  });

  it('rejects a field name used on a list, and a filter used on something that is not a list', () => {
    expect(lookupRegionPath(region, 'refund.paymentTimes.method').kind).toBe('invalid');
    expect(lookupRegionPath(region, 'returnWindow[days=30]').kind).toBe('invalid');
    expect(lookupRegionPath(region, 'returnWindow.days.value').kind).toBe('invalid');
  });

  it('reports a filter that matches nothing as absent', () => {
    expect(lookupRegionPath(region, 'refund.paymentTimes[method=upi]')).toMatchObject({ kind: 'absent', problem: 'no entry of refund.paymentTimes has [method=upi] (the entries have method: credit-card, bank-account)' });
  });
});

describe('parseRegionPath', () => {
  it.each(['', 'returnWindow..days', 'return window', 'statutoryRights[kind]', 'a.b[c=d'])('rejects "%s" with a message', (path) => {
    expect(typeof parseRegionPath(path)).toBe('string');
  });

  it('keeps dots inside a filter value', () => {
    expect(parseRegionPath('sources[url=https://a.example].title')).toEqual([
      { key: 'sources', selectors: [{ field: 'url', value: 'https://a.example' }] },
      { key: 'title', selectors: [] },
    ]);
  });
});
