import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/time/addDays';
import { addMonths } from '../../../src/time/addMonths';
import {
  civilDateFromParts, civilDateParts, fromDayNumber, isCivilDate, MAX_CIVIL_DATE, MAX_DAY_NUMBER, MIN_CIVIL_DATE, MIN_DAY_NUMBER,
  toCivilDate, toDayNumber,
} from '../../../src/time/civilDate';
import { compare, isAfter, isBefore, isWithin, max, min } from '../../../src/time/compare';
import { daysBetween } from '../../../src/time/daysBetween';
import { daysInMonth, isLeapYear } from '../../../src/time/gregorian';
import { weekday } from '../../../src/time/weekday';
import { anyCivilDate, plausibleCivilDate } from './helpers/arbitraries';

const d = toCivilDate;
const MS_PER_DAY = 86_400_000;
/** Oracle: the UTC calendar date of a time value, from the platform's own (proleptic Gregorian) Date. */
const isoOfDayNumber = (dayNumber: number) => new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);

describe('Gregorian rules', () => {
  it.each([
    [2024, true], [2026, false], [2028, true], [1900, false], [2000, true], [2100, false], [2400, true], [1, false], [4, true],
  ])('isLeapYear(%i) is %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it.each([
    [2026, 1, 31], [2026, 2, 28], [2028, 2, 29], [2100, 2, 28], [2000, 2, 29], [2026, 4, 30], [2026, 11, 30], [2026, 12, 31],
    [2026, 0, 0], [2026, 13, 0],
  ])('daysInMonth(%i, %i) is %i', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('isCivilDate', () => {
  it.each([
    '2026-11-26', '2028-02-29', '2000-02-29', '0001-01-01', '9999-12-31', '2026-12-31', '2026-01-01',
  ])('accepts %s', (value) => {
    expect(isCivilDate(value)).toBe(true);
  });

  it.each([
    ['impossible day', '2026-02-30'], ['2100 is not leap', '2100-02-29'], ['2026 is not leap', '2026-02-29'], ['month 13', '2026-13-01'],
    ['month 0', '2026-00-10'], ['day 0', '2026-01-00'], ['day 32', '2026-01-32'], ['April 31', '2026-04-31'], ['year 0', '0000-01-01'],
    ['one-digit month', '2026-1-05'], ['time attached', '2026-11-26T00:00:00Z'], ['spaces', ' 2026-11-26'], ['slashes', '2026/11/26'],
    ['five-digit year', '20260-11-26'], ['empty', ''], ['a number', 20261126], ['a Date', new Date(0)], ['null', null], ['undefined', undefined],
    ['full-width digits', '２０２６-１１-２６'],
  ])('rejects %s', (_, value) => {
    expect(isCivilDate(value)).toBe(false);
  });
});

describe('day numbers', () => {
  it.each([
    ['1970-01-01', 0], ['1969-12-31', -1], ['1970-01-02', 1], ['2000-03-01', 11_017], ['2026-11-26', 20_783],
    ['0001-01-01', -719_162], ['9999-12-31', 2_932_896], ['2028-02-29', 21_243], ['2100-03-01', 47_541],
  ])('%s is day %i', (iso, dayNumber) => {
    expect(toDayNumber(d(iso))).toBe(dayNumber);
    expect(fromDayNumber(dayNumber)).toBe(iso);
  });

  it('agrees with the platform UTC calendar for every supported day number (sampled)', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY_NUMBER, max: MAX_DAY_NUMBER }), (dayNumber) => {
        expect(fromDayNumber(dayNumber)).toBe(isoOfDayNumber(dayNumber));
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with the platform on every day from 1899 to 2201', () => {
    for (let dayNumber = toDayNumber(d('1899-01-01')); dayNumber <= toDayNumber(d('2201-12-31')); dayNumber += 1) {
      const iso = isoOfDayNumber(dayNumber);
      if (fromDayNumber(dayNumber) !== iso || toDayNumber(d(iso)) !== dayNumber) throw new Error(`mismatch at ${iso}`);
    }
  });

  it('round-trips through the day number', () => {
    fc.assert(fc.property(anyCivilDate, (date) => fromDayNumber(toDayNumber(date)) === date));
  });

  it.each([MIN_DAY_NUMBER - 1, MAX_DAY_NUMBER + 1, 0.5, Number.NaN, Number.POSITIVE_INFINITY])('fromDayNumber(%s) throws RangeError', (dayNumber) => {
    expect(() => fromDayNumber(dayNumber)).toThrow(RangeError);
  });

  it('exposes the supported span', () => {
    expect(fromDayNumber(MIN_DAY_NUMBER)).toBe(MIN_CIVIL_DATE);
    expect(fromDayNumber(MAX_DAY_NUMBER)).toBe(MAX_CIVIL_DATE);
  });
});

describe('parts', () => {
  it('splits and builds', () => {
    expect(civilDateParts(d('2026-11-26'))).toEqual({ year: 2026, month: 11, day: 26 });
    expect(civilDateFromParts(2028, 2, 29)).toBe('2028-02-29');
    expect(civilDateFromParts(7, 3, 1)).toBe('0007-03-01');
  });

  it.each([
    [2026, 2, 30], [2100, 2, 29], [2026, 13, 1], [2026, 0, 1], [0, 1, 1], [10_000, 1, 1], [2026, 1.5, 1], [Number.NaN, 1, 1], [-1, 1, 1],
  ])('civilDateFromParts(%s, %s, %s) throws RangeError', (year, month, day) => {
    expect(() => civilDateFromParts(year, month, day)).toThrow(RangeError);
  });

  it('toCivilDate brands valid text and throws on anything else', () => {
    expect(toCivilDate('2026-11-26')).toBe('2026-11-26');
    expect(() => toCivilDate('2026-02-30')).toThrow(/not a real date/);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-11-26', 0, '2026-11-26'],
    ['2026-11-26', 1, '2026-11-27'],
    ['2026-11-30', 1, '2026-12-01'], // month end
    ['2026-12-31', 1, '2027-01-01'], // year end
    ['2027-01-01', -1, '2026-12-31'],
    ['2028-02-28', 1, '2028-02-29'], // leap day
    ['2028-02-29', 1, '2028-03-01'],
    ['2100-02-28', 1, '2100-03-01'], // 2100 is not a leap year
    ['2026-01-31', 30, '2026-03-02'],
    ['2026-11-26', 365, '2027-11-26'],
    ['2028-01-01', 366, '2029-01-01'],
    ['2026-11-26', -36_525, '1926-11-26'],
    ['1970-01-01', -1, '1969-12-31'],
  ])('%s + %i days = %s', (start, days, expected) => {
    expect(addDays(d(start), days)).toBe(expected);
  });

  it('throws RangeError past the supported span or for a fraction', () => {
    expect(() => addDays(MAX_CIVIL_DATE, 1)).toThrow(RangeError);
    expect(() => addDays(MIN_CIVIL_DATE, -1)).toThrow(RangeError);
    expect(() => addDays(d('2026-11-26'), 1.5)).toThrow(RangeError);
  });

  it('daysBetween(addDays(d, n), d) === n', () => {
    fc.assert(
      fc.property(plausibleCivilDate, fc.integer({ min: -20_000, max: 20_000 }), (date, n) => daysBetween(addDays(date, n), date) === n),
    );
  });

  it('is additive: (d + a) + b = d + (a + b)', () => {
    fc.assert(
      fc.property(plausibleCivilDate, fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -5000, max: 5000 }), (date, a, b) =>
        addDays(addDays(date, a), b) === addDays(date, a + b)),
    );
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'], // clamped
    ['2028-01-31', 1, '2028-02-29'], // clamped to the leap day
    ['2100-01-31', 1, '2100-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-11-30', 2, '2027-01-30'],
    ['2026-12-31', 2, '2027-02-28'],
    ['2027-01-31', -2, '2026-11-30'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2028-02-29', 48, '2032-02-29'],
    ['2026-11-26', 0, '2026-11-26'],
    ['2026-11-26', -1200, '1926-11-26'],
  ])('%s + %i months = %s', (start, months, expected) => {
    expect(addMonths(d(start), months)).toBe(expected);
  });

  it('throws RangeError past the supported span or for a fraction', () => {
    expect(() => addMonths(d('9999-12-01'), 1)).toThrow(RangeError);
    expect(() => addMonths(d('0001-01-31'), -1)).toThrow(RangeError);
    expect(() => addMonths(d('2026-11-26'), 0.5)).toThrow(RangeError);
  });

  it('moves the month by exactly n and never increases the day', () => {
    fc.assert(
      fc.property(plausibleCivilDate, fc.integer({ min: -600, max: 600 }), (date, n) => {
        const before = civilDateParts(date);
        const after = civilDateParts(addMonths(date, n));
        expect(after.year * 12 + after.month - (before.year * 12 + before.month)).toBe(n);
        expect(after.day).toBeLessThanOrEqual(before.day);
        if (after.day < before.day) expect(after.day).toBe(daysInMonth(after.year, after.month));
      }),
    );
  });
});

describe('weekday', () => {
  it.each([
    ['2026-11-23', 1], ['2026-11-24', 2], ['2026-11-25', 3], ['2026-11-26', 4], ['2026-11-27', 5], ['2026-11-28', 6], ['2026-11-29', 7],
    ['1970-01-01', 4], ['1969-12-31', 3], ['2028-02-29', 2], ['2100-03-01', 1], ['2000-01-01', 6], ['0001-01-01', 1], ['9999-12-31', 5],
  ])('%s is ISO weekday %i', (date, expected) => {
    expect(weekday(d(date))).toBe(expected);
  });

  it('agrees with the platform UTC weekday', () => {
    fc.assert(
      fc.property(anyCivilDate, (date) => weekday(date) === ((new Date(toDayNumber(date) * MS_PER_DAY).getUTCDay() + 6) % 7) + 1),
    );
  });
});

describe('ordering', () => {
  it.each([
    ['2026-11-26', '2026-11-27', -1], ['2026-11-27', '2026-11-26', 1], ['2026-11-26', '2026-11-26', 0],
    ['2026-12-31', '2027-01-01', -1], ['0999-12-31', '1000-01-01', -1], ['2026-09-30', '2026-10-01', -1],
  ])('compare(%s, %s) is %i', (a, b, expected) => {
    expect(compare(d(a), d(b))).toBe(expected);
    expect(isBefore(d(a), d(b))).toBe(expected < 0);
    expect(isAfter(d(a), d(b))).toBe(expected > 0);
  });

  it('sorts like the day number', () => {
    fc.assert(
      fc.property(anyCivilDate, anyCivilDate, (a, b) => compare(a, b) === Math.sign(toDayNumber(a) - toDayNumber(b))),
    );
  });

  it('min and max pick the extremes', () => {
    const dates = ['2026-12-25', '2026-11-26', '2027-01-01', '2026-11-30'].map((text) => d(text));
    const [first, ...rest] = dates as [ReturnType<typeof d>, ...ReturnType<typeof d>[]];
    expect(min(first, ...rest)).toBe('2026-11-26');
    expect(max(first, ...rest)).toBe('2027-01-01');
    expect(min(d('2026-11-26'))).toBe('2026-11-26');
    expect(max(d('2026-11-26'))).toBe('2026-11-26');
  });

  it.each([
    ['2026-11-26', true], ['2026-11-01', true], ['2026-11-30', true], ['2026-10-31', false], ['2026-12-01', false],
  ])('isWithin(%s, 2026-11-01, 2026-11-30) is %s', (date, expected) => {
    expect(isWithin(d(date), d('2026-11-01'), d('2026-11-30'))).toBe(expected);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-12-25', '2026-11-26', 29],
    ['2026-11-26', '2026-12-25', -29],
    ['2026-11-26', '2026-11-26', 0],
    ['2027-01-01', '2026-12-31', 1],
    ['2028-03-01', '2028-02-28', 2], // leap day between
    ['2100-03-01', '2100-02-28', 1], // no leap day
    ['2027-01-01', '2026-01-01', 365],
    ['2029-01-01', '2028-01-01', 366],
    ['2026-01-31', '2025-12-31', 31],
  ])('daysBetween(%s, %s) is %i', (later, earlier, expected) => {
    expect(daysBetween(d(later), d(earlier))).toBe(expected);
  });
});
