/**
 * "min–max <unit> after a date (or after a span of dates)" for every time unit region data uses.
 * Business days, calendar days and hours go through the date domain's addDurationRange; the other units map to them:
 * minutes → hours, weeks → 7 calendar days, months and years → addMonths. A fractional day count is rounded down for
 * the earliest date and up for the latest, so the latest date is never too early.
 */
import { addDurationRange, type DurationUnit } from '../../../time/dateRange';
import { addMonths } from '../../../time/addMonths';
import type { BusinessCalendar, Holiday } from '../../../time/businessCalendar';
import type { CivilDate } from '../../../time/civilDate';
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

type Bound = 'earliest' | 'latest';

interface Shifted {
  date: CivilDate;
  skippedHolidays: readonly Holiday[];
  beyondCoverage: boolean;
}

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

function shift(start: CivilDate, amount: number, unit: TimeUnit, calendar: BusinessCalendar, bound: Bound): Shifted {
  const round = bound === 'earliest' ? Math.floor : Math.ceil;
  switch (unit) {
    case 'minutes':
      return viaDomain(start, amount / 60, 'hours', calendar, bound);
    case 'hours':
      return viaDomain(start, amount, 'hours', calendar, bound);
    case 'calendar-days':
    case 'business-days':
      return viaDomain(start, round(amount), unit, calendar, bound);
    case 'weeks':
      return viaDomain(start, round(amount * 7), 'calendar-days', calendar, bound);
    case 'months':
      return plain(addMonths(start, round(amount)));
    case 'years':
      return plain(addMonths(start, round(amount * 12)));
    default:
      throw new RangeError(`Unknown time unit ${String(unit)}.`);
  }
}

function viaDomain(start: CivilDate, amount: number, unit: DurationUnit, calendar: BusinessCalendar, bound: Bound): Shifted {
  const range = addDurationRange(start, { unit, min: amount, max: amount }, calendar);
  return { date: range[bound], skippedHolidays: range.skippedHolidays, beyondCoverage: range.beyondCoverage };
}

function plain(date: CivilDate): Shifted {
  return { date, skippedHolidays: [], beyondCoverage: false };
}
