import { describe, expect, it } from 'vitest';
import { compareSortValues } from '../../../../src/site/regionPage/compareSortValues';
import { durationSortKey, rangeSortKey } from '../../../../src/site/regionPage/sortKeys';

describe('sort keys', () => {
  it.each([
    [{ max: 0, unit: 'hours' as const }, 0],
    [{ max: 3, unit: 'hours' as const }, 3],
    [{ max: 2, unit: 'calendar-days' as const }, 48],
    [{ max: 5, unit: 'business-days' as const }, 168], // a working week is a calendar week
    [{ max: 2, unit: 'weeks' as const }, 336],
  ])('the longest time of %o is %f hours', (range, hours) => {
    expect(rangeSortKey(range)).toBe(hours);
  });

  it('orders times of different units sensibly', () => {
    expect(rangeSortKey({ max: 10, unit: 'business-days' })).toBeGreaterThan(rangeSortKey({ max: 10, unit: 'calendar-days' }));
    expect(rangeSortKey({ max: 30, unit: 'calendar-days' })).toBeGreaterThan(rangeSortKey({ max: 10, unit: 'business-days' }));
    expect(rangeSortKey({ max: 12, unit: 'hours' })).toBeLessThan(rangeSortKey({ max: 1, unit: 'calendar-days' }));
  });

  it.each([
    [{ value: 14, unit: 'calendar-days' as const }, 14],
    [{ value: 5, unit: 'business-days' as const }, 7],
    [{ value: 2, unit: 'weeks' as const }, 14],
    [{ value: 1, unit: 'years' as const }, 365.25],
  ])('the legal period %o is %f days', (duration, days) => {
    expect(durationSortKey(duration)).toBe(days);
  });
});

describe('compareSortValues (the table sorter)', () => {
  const sorted = (values: string[], numeric: boolean, descending: boolean) => [...values].sort((a, b) => compareSortValues(a, b, numeric, descending));

  it('sorts numbers as numbers, both ways', () => {
    expect(sorted(['30', '7', '100', '14'], true, false)).toEqual(['7', '14', '30', '100']);
    expect(sorted(['30', '7', '100', '14'], true, true)).toEqual(['100', '30', '14', '7']);
  });

  it('keeps "not published" (empty) last whichever the direction', () => {
    expect(sorted(['', '30', '0', '', '14'], true, false)).toEqual(['0', '14', '30', '', '']);
    expect(sorted(['', '30', '0', '', '14'], true, true)).toEqual(['30', '14', '0', '', '']);
  });

  it('sorts text by English collation', () => {
    expect(sorted(['United States', 'Australia', 'india', 'Germany'], false, false)).toEqual(['Australia', 'Germany', 'india', 'United States']);
    expect(sorted(['United States', 'Australia', ''], false, true)).toEqual(['United States', 'Australia', '']);
  });
});
