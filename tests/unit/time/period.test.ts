import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBusinessCalendar } from '../../../src/time/businessCalendar';
import { toCivilDate, type CivilDate } from '../../../src/time/civilDate';
import { addUnits, periodEnd, weekendsOnly, withinPeriod, type Period } from '../../../src/time/period';
import { plausibleCivilDate } from './helpers/arbitraries';
import { regionCalendar } from './helpers/holidays';

const d = toCivilDate;
const satSun = weekendsOnly([6, 7]);

describe('the end of a period', () => {
  it.each<[string, Period, string]>([
    ['2026-03-06', { value: 5, unit: 'business-days' }, '2026-03-13'],
    ['2026-03-07', { value: 1, unit: 'business-days' }, '2026-03-09'],
    ['2025-12-31', { value: 14, unit: 'calendar-days' }, '2026-01-14'],
    ['2025-12-03', { value: 14, unit: 'calendar-days' }, '2025-12-17'],
    ['2024-02-29', { value: 1, unit: 'years' }, '2025-02-28'],
    ['2024-02-29', { value: 2, unit: 'years' }, '2026-02-28'],
    ['2026-01-31', { value: 1, unit: 'months' }, '2026-02-28'],
    ['2026-03-02', { value: 2, unit: 'weeks' }, '2026-03-16'],
    ['2026-03-02', { value: 0, unit: 'calendar-days' }, '2026-03-02'],
  ])('%s + %o ends on %s', (start, period, expected) => {
    expect(periodEnd(d(start), period, satSun)).toBe(expected);
  });

  it('counts business days on the region weekend: Friday–Saturday in a Friday–Saturday region', () => {
    // Thursday 2026-03-05 + 1 business day: Sunday in a Friday–Saturday week, Monday in a Saturday–Sunday one.
    expect(periodEnd(d('2026-03-05'), { value: 1, unit: 'business-days' }, weekendsOnly([5, 6]))).toBe('2026-03-08');
    expect(periodEnd(d('2026-03-05'), { value: 2, unit: 'business-days' }, satSun)).toBe('2026-03-09');
  });

  it('has no end day for periods in hours or minutes, fractions or periods past 9999', () => {
    expect(periodEnd(d('2026-03-02'), { value: 48, unit: 'hours' }, satSun)).toBeUndefined();
    expect(periodEnd(d('2026-03-02'), { value: 30, unit: 'minutes' }, satSun)).toBeUndefined();
    expect(periodEnd(d('2026-03-02'), { value: 1.5, unit: 'calendar-days' }, satSun)).toBeUndefined();
    expect(periodEnd(d('9999-12-01'), { value: 2, unit: 'months' }, satSun)).toBeUndefined();
  });

  it('says whether a date is within the period, its last day included', () => {
    const period: Period = { value: 5, unit: 'business-days' };
    expect(withinPeriod(d('2026-03-06'), d('2026-03-13'), period, satSun)).toBe(true);
    expect(withinPeriod(d('2026-03-06'), d('2026-03-14'), period, satSun)).toBe(false);
    expect(withinPeriod(d('2026-03-06'), d('2026-03-06'), period, satSun)).toBe(true);
    expect(withinPeriod(d('2026-03-06'), d('2026-03-08'), { value: 3, unit: 'hours' }, satSun)).toBeUndefined();
  });
});

describe('whole units after a date', () => {
  const calendar = regionCalendar('us').calendar;

  it('skips public holidays when the counter is a region calendar, and lists them', () => {
    // Tuesday before Thanksgiving 2026 + 3 business days: Thursday 26 is Thanksgiving, so Monday 30.
    const result = addUnits(d('2026-11-24'), 3, 'business-days', calendar);
    expect(result.date).toBe('2026-11-30');
    expect(result.skippedHolidays.map((holiday) => holiday.name)).toEqual(['Thanksgiving Day']);
    expect(addUnits(d('2026-11-24'), 3, 'business-days', satSun).date).toBe('2026-11-27');
  });

  it('refuses a count that is not a whole number of 0 or more', () => {
    expect(() => addUnits(d('2026-03-02'), -1, 'calendar-days', satSun)).toThrow(RangeError);
    expect(() => addUnits(d('2026-03-02'), 1.5, 'months', satSun)).toThrow(RangeError);
    expect(() => addUnits(d('2026-03-02'), Number.POSITIVE_INFINITY, 'weeks', satSun)).toThrow(RangeError);
  });
});

describe('weekendsOnly', () => {
  const weekend = fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 0, maxLength: 6 });

  it('counts as a business calendar without holidays does, for any weekend, start and count', () => {
    fc.assert(
      fc.property(weekend, plausibleCivilDate, fc.integer({ min: 0, max: 400 }), (days, start: CivilDate, n) => {
        expect(weekendsOnly(days).addBusinessDays(start, n).date).toBe(createBusinessCalendar({ weekend: days }).addBusinessDays(start, n).date);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a week without business days and a count it cannot walk', () => {
    expect(() => weekendsOnly([1, 2, 3, 4, 5, 6, 7])).toThrow(RangeError);
    expect(() => satSun.addBusinessDays(d('2026-03-02'), -1)).toThrow(RangeError);
    expect(() => satSun.addBusinessDays(d('2026-03-02'), 1.5)).toThrow(RangeError);
  });
});
