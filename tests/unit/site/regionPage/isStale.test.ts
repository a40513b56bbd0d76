import { describe, expect, it } from 'vitest';
import { isStale, REGION_PAGE_REVIEW_SPAN } from '../../../../src/site/regionPage/isStale';
import { REGION_PAGE_RULE } from '../../../../src/model/reviewDue';
import { reviewDueOn } from '../../../../src/time/reviewDueOn';
import { regionData, regionFiles } from '../../regions/helpers';

describe('isStale: the region page uses the staleness rule of Amazon help pages (every 6 months)', () => {
  it.each([
    // lastReviewed, buildDate, stale
    ['2026-11-26', '2026-11-26', false],
    ['2026-05-27', '2026-11-26', false], // due on 2026-11-27
    ['2026-05-26', '2026-11-26', true], // due on the build day
    ['2025-11-26', '2026-11-26', true],
    ['2026-12-01', '2026-11-26', false], // reviewed "in the future": never stale
    ['2026-08-31', '2027-02-27', false], // a day missing from the target month clamps to its last day
    ['2026-08-31', '2027-02-28', true],
    ['2023-08-31', '2024-02-29', true], // leap year
  ] as const)('last reviewed %s, built %s: stale = %s', (lastReviewed, buildDate, stale) => {
    expect(isStale(lastReviewed, buildDate)).toBe(stale);
  });

  it('says its interval in words for the notice', () => {
    expect(REGION_PAGE_REVIEW_SPAN).toBe('6 months');
  });

  it('names the bad argument instead of guessing', () => {
    expect(() => isStale('2026-02-30', '2026-11-26')).toThrow(/lastReviewed: "2026-02-30"/);
    expect(() => isStale('26/11/2026', '2026-11-26')).toThrow(/lastReviewed/);
    expect(() => isStale('2026-11-26', '')).toThrow(/buildDate: ""/);
  });

  it('reads every real region file: fresh on its review day, stale on the day its review falls due', () => {
    for (const file of regionFiles()) {
      const { lastReviewed } = regionData(file);
      expect(isStale(lastReviewed, lastReviewed), file.id).toBe(false);
      expect(isStale(lastReviewed, reviewDueOn(lastReviewed, REGION_PAGE_RULE)), file.id).toBe(true);
    }
  });
});
