import { describe, expect, it } from 'vitest';
import { isStale, STALE_AFTER_DAYS } from '../../../../src/site/regionPage/isStale';
import { regionData, regionFiles } from '../../regions/helpers';

describe('isStale', () => {
  it.each([
    // lastReviewed, buildDate, maxAgeDays, stale
    ['2026-11-26', '2026-11-26', 180, false],
    ['2026-05-30', '2026-11-26', 180, false], // exactly 180 days: not yet
    ['2026-05-29', '2026-11-26', 180, true], // 181 days
    ['2025-11-26', '2026-11-26', 180, true],
    ['2026-12-01', '2026-11-26', 180, false], // reviewed "in the future": never stale
    ['2024-02-29', '2024-08-27', 180, false], // leap year: 180 days
    ['2024-02-29', '2024-08-28', 180, true],
    ['2026-11-25', '2026-11-26', 0, true],
    ['2026-11-26', '2026-11-26', 0, false],
    ['2026-01-01', '2026-02-01', 30, true],
  ] as const)('last reviewed %s, built %s, max %i days: stale = %s', (lastReviewed, buildDate, maxAgeDays, stale) => {
    expect(isStale(lastReviewed, buildDate, maxAgeDays)).toBe(stale);
  });

  it('defaults to 180 days', () => {
    expect(STALE_AFTER_DAYS).toBe(180);
    expect(isStale('2026-05-30', '2026-11-26')).toBe(false);
    expect(isStale('2026-05-29', '2026-11-26')).toBe(true);
  });

  it('names the bad argument instead of guessing', () => {
    expect(() => isStale('2026-02-30', '2026-11-26')).toThrow(/lastReviewed: "2026-02-30"/);
    expect(() => isStale('26/11/2026', '2026-11-26')).toThrow(/lastReviewed/);
    expect(() => isStale('2026-11-26', '')).toThrow(/buildDate: ""/);
    expect(() => isStale('2026-11-26', '2026-11-26', -1)).toThrow(/maxAgeDays: -1/);
    expect(() => isStale('2026-11-26', '2026-11-26', 1.5)).toThrow(/maxAgeDays/);
  });

  it('reads every real region file: none was reviewed more than 180 days before its review date + 180', () => {
    for (const file of regionFiles()) {
      const { lastReviewed } = regionData(file);
      expect(isStale(lastReviewed, lastReviewed), file.id).toBe(false);
      expect(isStale(lastReviewed, addDays(lastReviewed, 181)), file.id).toBe(true);
    }
  });
});

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
