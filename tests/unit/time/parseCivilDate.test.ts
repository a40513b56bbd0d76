import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCivilDate } from '../../../src/time/civilDate';
import { formatCivilDate } from '../../../src/time/formatCivilDate';
import { parseCivilDate } from '../../../src/time/parseCivilDate';
import { anyCivilDate, anyCodeUnitString, dateLikeString, plausibleCivilDate } from './helpers/arbitraries';

describe('parseCivilDate', () => {
  it.each([
    ['2026-11-26', '2026-11-26'],
    ['  2026-11-26\n', '2026-11-26'], // surrounding whitespace
    ['\u00a02026-11-26\u00a0', '2026-11-26'], // no-break spaces pasted from a web page
    ['2026-1-5', '2026-01-05'], // one-digit month and day are normalised
    ['2028-02-29', '2028-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['1900-01-01', '1900-01-01'],
    ['2199-12-31', '2199-12-31'],
    ['2100-02-28', '2100-02-28'],
  ])('reads %j as %s', (text, expected) => {
    expect(parseCivilDate(text)).toEqual({ ok: true, date: expected });
  });

  it.each([
    ['', 'empty', /enter a date/i],
    ['   ', 'empty', /enter a date/i],
    [null, 'empty', /enter a date/i],
    [undefined, 'empty', /enter a date/i],
    ['26/11/2026', 'format', /YYYY-MM-DD/],
    ['11/26/2026', 'format', /YYYY-MM-DD/],
    ['26-11-2026', 'format', /YYYY-MM-DD/],
    ['2026-11-26T10:00:00Z', 'format', /YYYY-MM-DD/],
    ['Nov 26 2026', 'format', /YYYY-MM-DD/],
    ['2026-11', 'format', /YYYY-MM-DD/],
    ['20261126', 'format', /YYYY-MM-DD/],
    ['2026-011-26', 'format', /YYYY-MM-DD/],
    ['-2026-11-26', 'format', /YYYY-MM-DD/],
    ['２０２６-１１-２６', 'format', /YYYY-MM-DD/],
    ['2026-02-30', 'impossible', /February 2026 has 28 days/],
    ['2026-02-29', 'impossible', /February 2026 has 28 days/],
    ['2100-02-29', 'impossible', /February 2100 has 28 days/],
    ['2026-04-31', 'impossible', /April 2026 has 30 days/],
    ['2026-13-01', 'impossible', /no month 13/],
    ['2026-00-10', 'impossible', /no month 0/],
    ['2026-01-00', 'impossible', /January 2026 has 31 days/],
    ['0226-11-26', 'year-range', /1900 to 2199/],
    ['1899-12-31', 'year-range', /1900 to 2199/],
    ['2200-01-01', 'year-range', /1900 to 2199/],
    ['20266-11-26', 'year-range', /out of range/],
    ['0000-01-01', 'year-range', /out of range/],
  ])('rejects %j as %s', (text, code, reason) => {
    const result = parseCivilDate(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe(code);
    expect(result.reason).toMatch(reason);
  });

  it('shortens a very long input in the reason', () => {
    const result = parseCivilDate('x'.repeat(500));
    expect(result.ok || result.reason.length).toBeLessThan(120);
  });

  it.each([
    [{ minYear: 2020, maxYear: 2030 }, '2019-12-31', false],
    [{ minYear: 2020, maxYear: 2030 }, '2030-12-31', true],
    [{ minYear: 1, maxYear: 9999 }, '0001-01-01', true],
    [{ minYear: 1, maxYear: 9999 }, '9999-12-31', true],
    [{ minYear: -50, maxYear: 100_000 }, '0000-06-01', false], // clamped to the supported 0001…9999
    [{ minYear: Number.NaN }, '2026-11-26', true], // a nonsense option falls back to the default
  ])('with %j, %s ok is %s', (options, text, ok) => {
    expect(parseCivilDate(text, options).ok).toBe(ok);
  });

  describe('properties', () => {
    it('never throws and always answers with a well-formed result, for any string', () => {
      fc.assert(
        fc.property(fc.oneof(anyCodeUnitString, dateLikeString, fc.string({ unit: 'binary' })), (text) => {
          const result = parseCivilDate(text);
          if (result.ok) expect(isCivilDate(result.date)).toBe(true);
          else expect(result.reason.length).toBeGreaterThan(0);
        }),
        { numRuns: 3000 },
      );
    });

    it('never throws for values that are not strings (from untyped JavaScript)', () => {
      fc.assert(
        fc.property(fc.anything(), (value) => {
          expect(() => parseCivilDate(value as string)).not.toThrow();
        }),
      );
    });

    it('parses every civil date back to itself (with the whole span allowed)', () => {
      fc.assert(fc.property(anyCivilDate, (date) => {
        expect(parseCivilDate(date, { minYear: 1, maxYear: 9999 })).toEqual({ ok: true, date });
      }));
    });

    it('accepts a date exactly when isCivilDate does (within the default years)', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, day) => {
          const text = `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(parseCivilDate(text).ok).toBe(isCivilDate(text));
        }),
      );
    });

    it('format then the ISO form round-trips: the formatted text names the parsed day', () => {
      fc.assert(
        fc.property(plausibleCivilDate, (date) => {
          const result = parseCivilDate(date);
          expect(result.ok && result.date).toBe(date);
          // The numeric en-CA form is YYYY-MM-DD, so formatting with Intl and parsing again returns the same date.
          const text = formatCivilDate(date, 'en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });
          expect(parseCivilDate(text)).toEqual({ ok: true, date });
        }),
      );
    });
  });
});
