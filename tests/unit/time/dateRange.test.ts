import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBusinessCalendar } from '../../../src/time/businessCalendar';
import { addDays } from '../../../src/time/addDays';
import { toCivilDate } from '../../../src/time/civilDate';
import {
  addBusinessDayRange, addCalendarDayRange, addDurationRange, addHourRange, type DurationRange, type DurationUnit,
} from '../../../src/time/dateRange';
import { plausibleCivilDate } from './helpers/arbitraries';
import { regionCalendar } from './helpers/holidays';

const d = toCivilDate;
const us = regionCalendar('us').calendar;
const au = regionCalendar('au').calendar;
const weekendsOnly = createBusinessCalendar({ weekend: [6, 7] });

describe('addBusinessDayRange', () => {
  it('US credit card: 3–5 business days over Thanksgiving', () => {
    expect(addBusinessDayRange(d('2026-11-24'), { min: 3, max: 5 }, us)).toEqual({
      earliest: '2026-11-30',
      latest: '2026-12-02',
      skippedHolidays: [{ date: '2026-11-26', name: 'Thanksgiving Day' }],
      beyondCoverage: false,
    });
  });

  it('US debit card: up to 10 business days over Christmas and New Year', () => {
    const range = addBusinessDayRange(d('2026-12-17'), { min: 0, max: 10 }, us);
    expect(range.earliest).toBe('2026-12-17');
    expect(range.latest).toBe('2027-01-04');
    expect(range.skippedHolidays.map((holiday) => holiday.name)).toEqual(['Christmas Day', "New Year's Day"]);
  });

  it('Australia: 2–10 business days over Australia Day', () => {
    const range = addBusinessDayRange(d('2026-01-23'), { min: 2, max: 10 }, au);
    expect([range.earliest, range.latest]).toEqual(['2026-01-28', '2026-02-09']);
    expect(range.skippedHolidays.map((holiday) => holiday.name)).toEqual(['Australia Day']);
  });

  it('says when the latest date lies beyond the holiday data', () => {
    expect(addBusinessDayRange(d('2027-12-29'), { min: 1, max: 5 }, us).beyondCoverage).toBe(true);
    expect(addBusinessDayRange(d('2026-12-29'), { min: 1, max: 5 }, weekendsOnly).beyondCoverage).toBe(true);
  });
});

describe('addCalendarDayRange', () => {
  it.each([
    ['2026-11-26', 0, 0, '2026-11-26', '2026-11-26'],
    ['2026-11-26', 14, 14, '2026-12-10', '2026-12-10'],
    ['2026-12-20', 14, 30, '2027-01-03', '2027-01-19'],
    ['2028-02-15', 14, 30, '2028-02-29', '2028-03-16'],
    ['2100-02-15', 14, 30, '2100-03-01', '2100-03-17'],
  ])('%s + %i–%i days = %s … %s', (start, min, max, earliest, latest) => {
    expect(addCalendarDayRange(d(start), { min, max })).toEqual({ earliest, latest, skippedHolidays: [], beyondCoverage: false });
  });
});

describe('addHourRange (earliest: floor(min/24) days; latest: the start when max < 24, else ceil(max/24) days)', () => {
  it.each([
    [0, 0, '2026-11-26', '2026-11-26'],
    [2, 3, '2026-11-26', '2026-11-26'], // gift card 2–3 h: same day
    [0, 2, '2026-11-26', '2026-11-26'], // Amazon Pay balance 2 h
    [6, 12, '2026-11-26', '2026-11-26'], // AU gift card 6–12 h
    [0, 23.5, '2026-11-26', '2026-11-26'],
    [2, 24, '2026-11-26', '2026-11-27'],
    [24, 24, '2026-11-27', '2026-11-27'],
    [12, 36, '2026-11-26', '2026-11-28'],
    [24, 48, '2026-11-27', '2026-11-28'],
    [48, 72, '2026-11-28', '2026-11-29'],
    [47.9, 48.1, '2026-11-27', '2026-11-29'],
  ])('2026-11-26 + %s–%s hours = %s … %s', (min, max, earliest, latest) => {
    expect(addHourRange(d('2026-11-26'), { min, max })).toEqual({ earliest, latest, skippedHolidays: [], beyondCoverage: false });
  });

  it('crosses a year end', () => {
    expect(addHourRange(d('2026-12-31'), { min: 24, max: 48 })).toMatchObject({ earliest: '2027-01-01', latest: '2027-01-02' });
  });
});

describe('addDurationRange', () => {
  it.each([
    [{ unit: 'business-days', min: 3, max: 5 }, '2026-11-30', '2026-12-02'],
    [{ unit: 'calendar-days', min: 3, max: 5 }, '2026-11-27', '2026-11-29'],
    [{ unit: 'hours', min: 2, max: 3 }, '2026-11-24', '2026-11-24'],
  ] as Array<[DurationRange, string, string]>)('%j from 2026-11-24 in the US is %s … %s', (duration, earliest, latest) => {
    expect(addDurationRange(d('2026-11-24'), duration, us)).toMatchObject({ earliest, latest });
  });

  it.each([
    ['a backwards range', { unit: 'business-days', min: 5, max: 3 }, /backwards/],
    ['a negative minimum', { unit: 'calendar-days', min: -1, max: 3 }, /0 or more/],
    ['fractional business days', { unit: 'business-days', min: 1.5, max: 3 }, /whole numbers/],
    ['fractional calendar days', { unit: 'calendar-days', min: 1, max: 2.5 }, /whole numbers/],
    ['infinite hours', { unit: 'hours', min: 1, max: Number.POSITIVE_INFINITY }, /0 or more/],
    ['NaN hours', { unit: 'hours', min: Number.NaN, max: 1 }, /0 or more/],
    ['an unknown unit', { unit: 'weeks', min: 1, max: 2 }, /Unknown duration unit weeks/],
  ] as Array<[string, DurationRange, RegExp]>)('rejects %s with RangeError', (_, duration, message) => {
    expect(() => addDurationRange(d('2026-11-24'), duration, us)).toThrow(RangeError);
    expect(() => addDurationRange(d('2026-11-24'), duration, us)).toThrow(message);
  });
});

describe('range properties', () => {
  const unit = fc.constantFrom<DurationUnit>('business-days', 'calendar-days', 'hours');
  const range = fc
    .tuple(unit, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }))
    .map(([u, a, b, h1, h2]): DurationRange => (u === 'hours' ? { unit: u, min: Math.min(h1, h2), max: Math.max(h1, h2) } : { unit: u, min: Math.min(a, b), max: Math.max(a, b) }));
  const calendar = fc.constantFrom(us, au, weekendsOnly);

  it('latest is never before earliest, and neither is before the start', () => {
    fc.assert(
      fc.property(plausibleCivilDate, range, calendar, (start, duration, cal) => {
        const { earliest, latest } = addDurationRange(start, duration, cal);
        expect(latest >= earliest).toBe(true);
        expect(earliest >= start).toBe(true);
      }),
    );
  });

  it('a later start never gives earlier dates', () => {
    fc.assert(
      fc.property(plausibleCivilDate, fc.integer({ min: 0, max: 40 }), range, calendar, (start, gap, duration, cal) => {
        const first = addDurationRange(start, duration, cal);
        const second = addDurationRange(addDays(start, gap), duration, cal);
        expect(second.earliest >= first.earliest).toBe(true);
        expect(second.latest >= first.latest).toBe(true);
      }),
    );
  });

  it('hours below a day always stay on the start date', () => {
    fc.assert(
      fc.property(plausibleCivilDate, fc.double({ min: 0, max: 23.999, noNaN: true }), (start, hours) => {
        expect(addHourRange(start, { min: 0, max: hours })).toMatchObject({ earliest: start, latest: start });
      }),
    );
  });
});
