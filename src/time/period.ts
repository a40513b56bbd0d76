/**
 * Period arithmetic: "the end of N days, business days, weeks, months or years after a date" and "is this date within
 * that period". The one implementation behind the checker's legal deadlines and guarantees, the composer's "I am
 * within the legal period" and the refund estimator's dates, so the three can never count the same period two ways.
 *
 * Counting:
 *   - The start day is never counted: 14 days from 2025-12-03 ends on 2025-12-17; 0 units is the start day itself.
 *   - Weeks are 7 calendar days. Months and years keep the day of the month, clamped to the month's last day:
 *     1 month from 2026-01-31 is 2026-02-28, 2 years from 2024-02-29 is 2026-02-28.
 *   - Business days skip what the `BusinessDays` counter skips: a BusinessCalendar skips the region's weekend and its
 *     public holidays (the refund estimator, which fetches /holidays/<id>.json); `weekendsOnly` skips the weekend.
 *   - Legal periods in business days count weekends only. The end date is then never later than the law's (a public
 *     holiday in the period only gives the reader a day more), so neither tool promises time the law does not give;
 *     and the checker and the composer need no holiday data, which they would otherwise have to fetch or embed.
 *   - Hours, minutes and fractions are the refund estimator's (tools/refund/rules/spanAfter.ts rounds them to days);
 *     a legal period in hours has no end day.
 */
import type { TimeUnit } from '../model/types';
import { addDays } from './addDays';
import { addMonths } from './addMonths';
import type { BusinessCalendar, BusinessDaysResult } from './businessCalendar';
import type { CivilDate } from './civilDate';
import { weekday } from './weekday';

/** A length of time as region data writes it: `{ value: 14, unit: 'calendar-days' }`. */
export interface Period {
  readonly value: number;
  readonly unit: TimeUnit;
}

/** Whatever counts business days: a BusinessCalendar, or `weekendsOnly(weekend)`. */
export type BusinessDays = Pick<BusinessCalendar, 'addBusinessDays'>;

/** The units a period can be counted in to a day: every time unit but hours and minutes. */
export type DayUnit = Exclude<TimeUnit, 'hours' | 'minutes'>;

/**
 * Business days that skip the weekend (ISO weekdays, 1 = Monday … 7 = Sunday) and nothing else: how legal periods are
 * counted. Agrees with createBusinessCalendar({ weekend }) given no holidays (a test checks it), without its weight in
 * the browser. Throws RangeError for a weekend of all seven days.
 */
export function weekendsOnly(weekend: readonly number[]): BusinessDays {
  const off = new Set(weekend);
  if ([1, 2, 3, 4, 5, 6, 7].every((day) => off.has(day))) throw new RangeError('The weekend cannot be all seven days: there would be no business days.');
  return {
    addBusinessDays(start: CivilDate, n: number): BusinessDaysResult {
      if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`addBusinessDays counts forward a whole number of days (0 or more), got ${n}.`);
      let date = start;
      for (let left = n; left > 0; ) {
        date = addDays(date, 1);
        if (!off.has(weekday(date))) left -= 1;
      }
      return { date, skippedHolidays: [], beyondCoverage: false };
    },
  };
}

/**
 * The date `count` whole units after `start`, with the holidays that business days skipped on the way.
 * Throws RangeError for a count that is not a whole number of 0 or more, or a date past 9999-12-31.
 */
export function addUnits(start: CivilDate, count: number, unit: DayUnit, days: BusinessDays): BusinessDaysResult {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`A period needs a whole number of ${unit} (0 or more), got ${count}.`);
  switch (unit) {
    case 'calendar-days':
      return plain(addDays(start, count));
    case 'business-days':
      return days.addBusinessDays(start, count);
    case 'weeks':
      return plain(addDays(start, count * 7));
    case 'months':
      return plain(addMonths(start, count));
    case 'years':
      return plain(addMonths(start, count * 12));
    default:
      throw new RangeError(`Unknown time unit ${String(unit)}.`);
  }
}

/**
 * The last day of a period that starts on `start` (a legal right, a guarantee): whole units of days, business days,
 * weeks, months or years. `undefined` for a period in hours or minutes (no end day), a fraction, or one past 9999.
 */
export function periodEnd(start: CivilDate, period: Period, days: BusinessDays): CivilDate | undefined {
  if (period.unit === 'hours' || period.unit === 'minutes' || !Number.isInteger(period.value) || period.value < 0) return undefined;
  try {
    return addUnits(start, period.value, period.unit, days).date;
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/** True when `date` falls within the period that starts on `start`, its last day included; `undefined` when no day ends it. */
export function withinPeriod(start: CivilDate, date: CivilDate, period: Period, days: BusinessDays): boolean | undefined {
  const end = periodEnd(start, period, days);
  return end === undefined ? undefined : date <= end;
}

function plain(date: CivilDate): BusinessDaysResult {
  return { date, skippedHolidays: [], beyondCoverage: false };
}
