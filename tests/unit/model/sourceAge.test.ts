import { describe, expect, it } from 'vitest';
import { factSourceYear, oldSourceYear, OLD_SOURCE_YEARS, withSourceYear } from '../../../src/model/sourceAge';

describe('the source-year rule: a source more than two years older than the day it was read shows its year', () => {
  it.each([
    [{ year: 2021, readOn: '2026-11-26' }, 2021],
    [{ year: 2012, readOn: '2026-11-26' }, 2012],
    [{ year: 2023, readOn: '2026-12-04' }, 2023],
    [{ year: 2024, readOn: '2026-11-26' }, undefined],
    [{ year: 2025, readOn: '2026-11-26' }, undefined],
    [{ readOn: '2026-11-26' }, undefined],
  ])('%o → %s', (source, expected) => {
    expect(oldSourceYear(source)).toBe(expected);
  });

  it('measures against readOn, and against the date given only when the source has none', () => {
    expect(OLD_SOURCE_YEARS).toBe(2);
    expect(oldSourceYear({ year: 2021 })).toBeUndefined();
    expect(oldSourceYear({ year: 2021 }, '2026-12-04')).toBe(2021);
    expect(oldSourceYear({ year: 2021, readOn: '2022-05-01' }, '2026-12-04')).toBeUndefined();
  });

  it('exempts law text, which is cited by its article', () => {
    expect(oldSourceYear({ year: 2011, readOn: '2026-11-26', kind: 'law' })).toBeUndefined();
  });

  it('puts the year beside a figure: "€3.50 (2021 source)"', () => {
    const region = { sources: [{ id: 'old', title: 'Old page', url: 'https://example.org/', kind: 'press' as const, year: 2021, readOn: '2026-11-26' }, { id: 'new', title: 'New page', url: 'https://example.org/n', kind: 'press' as const, year: 2025, readOn: '2026-11-26' }] };
    expect(withSourceYear('€3.50', region, { source: 'old' })).toBe('€3.50 (2021 source)');
    expect(withSourceYear('€3.50', region, { source: 'new' })).toBe('€3.50');
    expect(factSourceYear(region, { source: 'missing' })).toBeUndefined();
  });
});
