/**
 * "Arrives in min–max <unit>" from a start date, as the earliest and latest civil dates. Used by the refund timeline.
 *
 * Units:
 *   - business-days: counted with a BusinessCalendar (start excluded; see businessCalendar.ts).
 *   - calendar-days: start + min … start + max.
 *   - hours: the start date carries no time of day, so hours map to whole days by this rule:
 *       earliest = start + floor(minHours / 24) days   (a full 24 hours is needed to move to a later date);
 *       latest   = start                               when maxHours < 24 ("2–3 hours" stays on the start date),
 *                  start + ceil(maxHours / 24) days    when maxHours ≥ 24 (rounded up, so the latest date is never too early).
 *     Examples: 2–3 h → D…D; 6–12 h → D…D; 24 h → D+1…D+1; 12–36 h → D…D+2; 48–72 h → D+2…D+3.
 *
 * `latest` is never before `earliest`; a later start never gives earlier dates.
 */
import { addDays } from './addDays';
import type { BusinessCalendar, Holiday } from './businessCalendar';
import type { CivilDate } from './civilDate';

export type DurationUnit = 'business-days' | 'calendar-days' | 'hours';

/** `min` ≤ `max`, both ≥ 0; whole numbers for days, any finite number for hours. */
export interface MinMax {
  readonly min: number;
  readonly max: number;
}

/** "2–10 business days" is { unit: 'business-days', min: 2, max: 10 }. */
export interface DurationRange extends MinMax {
  readonly unit: DurationUnit;
}

export interface DateRangeEstimate {
  readonly earliest: CivilDate;
  readonly latest: CivilDate;
  /** Business days only: weekday holidays skipped between the start and `latest`. Empty for other units. */
  readonly skippedHolidays: readonly Holiday[];
  /** Business days only: some counted day lies outside the holiday data (weekends only there). False for other units. */
  readonly beyondCoverage: boolean;
}

/** min–max business days after `start`. Throws RangeError for a bad range. */
export function addBusinessDayRange(start: CivilDate, { min, max }: MinMax, calendar: BusinessCalendar): DateRangeEstimate {
  checkRange('business-days', min, max, true);
  const earliest = calendar.addBusinessDays(start, min);
  const latest = calendar.addBusinessDays(start, max);
  return {
    earliest: earliest.date,
    latest: latest.date,
    skippedHolidays: latest.skippedHolidays,
    beyondCoverage: latest.beyondCoverage,
  };
}

/** min–max calendar days after `start`. Throws RangeError for a bad range. */
export function addCalendarDayRange(start: CivilDate, { min, max }: MinMax): DateRangeEstimate {
  checkRange('calendar-days', min, max, true);
  return { earliest: addDays(start, min), latest: addDays(start, max), skippedHolidays: [], beyondCoverage: false };
}

/** min–max hours after some time on `start`, as dates (rule in the file comment). Throws RangeError for a bad range. */
export function addHourRange(start: CivilDate, { min, max }: MinMax): DateRangeEstimate {
  checkRange('hours', min, max, false);
  const earliest = addDays(start, Math.floor(min / 24));
  const latest = max < 24 ? start : addDays(start, Math.ceil(max / 24));
  return { earliest, latest, skippedHolidays: [], beyondCoverage: false };
}

/** Dispatches on `duration.unit`. The calendar is used for business days only. */
export function addDurationRange(start: CivilDate, duration: DurationRange, calendar: BusinessCalendar): DateRangeEstimate {
  switch (duration.unit) {
    case 'business-days':
      return addBusinessDayRange(start, duration, calendar);
    case 'calendar-days':
      return addCalendarDayRange(start, duration);
    case 'hours':
      return addHourRange(start, duration);
    default:
      throw new RangeError(`Unknown duration unit ${String((duration as { unit: unknown }).unit)}.`);
  }
}

function checkRange(unit: DurationUnit, min: number, max: number, whole: boolean): void {
  const ok = (value: number) => (whole ? Number.isSafeInteger(value) : Number.isFinite(value)) && value >= 0;
  if (!ok(min) || !ok(max)) {
    throw new RangeError(`A ${unit} range needs ${whole ? 'whole numbers' : 'numbers'} of 0 or more, got ${min}–${max}.`);
  }
  if (min > max) throw new RangeError(`A ${unit} range runs backwards: ${min}–${max}.`);
}
