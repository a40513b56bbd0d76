import { describe, expect, it } from 'vitest';
import { formatDays, formatReviewDate, formatWindow } from '../../../src/model/format';
import { COUNTS_FROM } from '../../../src/model/vocabulary/regionVocabulary';

describe('numbers and dates as readers read them', () => {
  it('words a day count, one day or many', () => {
    expect(formatDays(1)).toBe('1 day');
    expect(formatDays(0)).toBe('0 days');
    expect(formatDays(14)).toBe('14 days');
    expect(formatDays(undefined)).toBe('not in our sources yet');
  });

  it('reads a window with what it counts from, when the source says', () => {
    expect(formatWindow(30, COUNTS_FROM.delivery)).toBe('30 days from delivery');
    expect(formatWindow(30, COUNTS_FROM.receipt)).toBe('30 days from the day you receive it');
    expect(formatWindow(14)).toBe('14 days');
  });

  it('writes a review date in full, whatever the machine time zone', () => {
    expect(formatReviewDate('2026-11-26')).toBe('26 November 2026');
    expect(formatReviewDate('2026-01-01')).toBe('1 January 2026');
  });
});
