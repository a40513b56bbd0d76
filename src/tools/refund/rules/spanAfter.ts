/**
 * "min–max <unit> after a date (or after a span of dates)" for every time unit region data uses: the earliest date
 * counts the shortest time from the earliest start, the latest the longest time from the latest start. Whole days,
 * weeks, months and years are counted by time/period.ts (business days with the region's calendar: weekends and
 * public holidays). An estimate can also be in hours or minutes (time/hourRange.ts turns them into days) or a fraction:
 * a fractional count rounds down for the earliest date and up for the latest, so the latest date is never too early.
 */
import type { BusinessCalendar, BusinessDaysResult, Holiday } from '../../../time/businessCalendar';
import type { CivilDate } from '../../../time/civilDate';
import { addHourRange } from '../../../time/hourRange';
import { addUnits } from '../../../time/period';
import type { TimeUnit } from '../../../model/types';
import type { Span } from './types';

export interface DateSpan {
  readonly earliest: CivilDate;
  readonly latest: CivilDate;
}

export interface SpanResult extends DateSpan {
  readonly skippedHolidays: readonly Holiday[];
  readonly beyondCoverage: boolean;
}

/** The zero-length span: "at that moment". */
export const AT_ONCE: Span = { max: 0, unit: 'hours' };

/**
 * The earliest date is `amount.min` (0 when absent: "up to …") after `from.earliest`, the latest `amount.max` after
 * `from.latest`. Null for an amount that cannot be counted (negative, not a number, or past 9999-12-31). Never throws.
 */
export function spanAfter(from: DateSpan, amount: Span, calendar: BusinessCalendar): SpanResult | null {
  const min = amount.min ?? 0;
  if (!(Number.isFinite(min) && Number.isFinite(amount.max) && min >= 0 && min <= amount.max)) return null;
  try {
    const earliest = shift(from.earliest, min, amount.unit, calendar, 'earliest');
    const latest = shift(from.latest, amount.max, amount.unit, calendar, 'latest');
    return {
      earliest: earliest.date,
      latest: latest.date,
      skippedHolidays: mergeHolidays(earliest.skippedHolidays, latest.skippedHolidays),
      beyondCoverage: earliest.beyondCoverage || latest.beyondCoverage,
    };
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** Holidays of both lists, once each, in date order. */
export function mergeHolidays(...lists: ReadonlyArray<readonly Holiday[]>): Holiday[] {
  const byDate = new Map<string, Holiday>();
  for (const list of lists) for (const holiday of list) byDate.set(holiday.date, holiday);
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function shift(start: CivilDate, amount: number, unit: TimeUnit, calendar: BusinessCalendar, bound: 'earliest' | 'latest'): BusinessDaysResult {
  const round = bound === 'earliest' ? Math.floor : Math.ceil;
  switch (unit) {
    case 'minutes':
    case 'hours': {
      const hours = unit === 'minutes' ? amount / 60 : amount;
      return { date: addHourRange(start, { min: hours, max: hours })[bound], skippedHolidays: [], beyondCoverage: false };
    }
    case 'weeks':
      return addUnits(start, round(amount * 7), 'calendar-days', calendar);
    case 'years':
      return addUnits(start, round(amount * 12), 'months', calendar);
    default:
      return addUnits(start, round(amount), unit, calendar);
  }
}
