import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCivilDate } from '../../../src/time/civilDate';
import { formatCivilDate, formatCivilDateRange } from '../../../src/time/formatCivilDate';
import { anyCivilDate } from './helpers/arbitraries';

const d = toCivilDate;

describe('formatCivilDate', () => {
  it.each([
    ['2026-11-26', 'en-GB', 'Thu, 26 Nov 2026'],
    ['2026-11-26', 'en-US', 'Thu, Nov 26, 2026'],
    ['2026-11-26', 'en-AU', 'Thu, 26 Nov 2026'],
    ['2026-11-26', 'de-DE', 'Do., 26. Nov. 2026'],
    ['2026-11-26', 'fr-FR', 'jeu. 26 nov. 2026'],
    ['2026-11-26', 'ja-JP', '2026年11月26日(木)'],
    ['2028-02-29', 'en-GB', 'Tue, 29 Feb 2028'],
    ['2027-01-01', 'en-GB', 'Fri, 1 Jan 2027'],
    ['2026-12-31', 'en-GB', 'Thu, 31 Dec 2026'],
    ['0001-01-01', 'en-GB', 'Mon, 1 Jan 1'], // proleptic Gregorian and no 19xx shift for small years
  ])('%s in %s is "%s"', (date, locale, expected) => {
    expect(formatCivilDate(d(date), locale)).toBe(expected);
  });

  it.each([
    [{ dateStyle: 'long' as const }, 'en-GB', '26 November 2026'],
    [{ dateStyle: 'full' as const }, 'en-US', 'Thursday, November 26, 2026'],
    [{ day: 'numeric' as const, month: 'long' as const }, 'en-GB', '26 November'],
    [{ year: 'numeric' as const, month: '2-digit' as const, day: '2-digit' as const }, 'en-CA', '2026-11-26'],
  ])('honours options %j', (options, locale, expected) => {
    expect(formatCivilDate(d('2026-11-26'), locale, options)).toBe(expected);
  });

  it('never shifts the day, whatever the time zone in the options', () => {
    const options = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Pacific/Kiritimati' } as Intl.DateTimeFormatOptions;
    expect(formatCivilDate(d('2026-11-26'), 'en-GB', options)).toBe('26 Nov 2026');
  });

  it('shows the same day, month and year as the ISO text, for any date', () => {
    fc.assert(
      fc.property(anyCivilDate, (date) => {
        const text = formatCivilDate(date, 'en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });
        expect(text.replace(/^(\d+)-/, (_, year: string) => `${year.padStart(4, '0')}-`)).toBe(date);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts a list of locales and an Intl.Locale', () => {
    expect(formatCivilDate(d('2026-11-26'), ['en-GB', 'en'])).toBe('Thu, 26 Nov 2026');
    expect(formatCivilDate(d('2026-11-26'), new Intl.Locale('en-US'))).toBe('Thu, Nov 26, 2026');
    expect(formatCivilDate(d('2026-11-26'), new Intl.Locale('en-GB'))).toBe('Thu, 26 Nov 2026');
  });

  it('throws RangeError for an invalid locale tag', () => {
    expect(() => formatCivilDate(d('2026-11-26'), 'not a locale!')).toThrow(RangeError);
  });
});

describe('formatCivilDateRange', () => {
  it.each([
    ['2026-11-30', '2026-12-02', 'en-GB', 'Mon, 30 Nov – Wed, 2 Dec 2026'],
    ['2026-11-30', '2026-12-02', 'en-US', 'Mon, Nov 30 – Wed, Dec 2, 2026'],
    ['2026-12-30', '2027-01-05', 'en-GB', 'Wed, 30 Dec 2026 – Tue, 5 Jan 2027'],
    ['2026-11-30', '2026-11-30', 'en-GB', 'Mon, 30 Nov 2026'],
  ])('%s to %s in %s is "%s"', (from, to, locale, expected) => {
    // ICU puts thin spaces (U+2009) around the dash, and the exact spacing varies by ICU version: compare words.
    expect(formatCivilDateRange(d(from), d(to), locale).replace(/\s+/gu, ' ')).toBe(expected);
  });
});
