/**
 * "min–max hours after some time on a date", as the earliest and latest civil dates. The date carries no time of day,
 * so hours map to whole days by this rule:
 *   earliest = start + floor(minHours / 24) days   (a full 24 hours is needed to move to a later date);
 *   latest   = start                               when maxHours < 24 ("2–3 hours" stays on the start date),
 *              start + ceil(maxHours / 24) days    when maxHours ≥ 24 (rounded up, so the latest date is never too early).
 * Examples: 2–3 h → D…D; 6–12 h → D…D; 24 h → D+1…D+1; 12–36 h → D…D+2; 48–72 h → D+2…D+3.
 *
 * Whole days, business days, weeks, months and years are counted by period.ts (addUnits), not here.
 */
import { addDays } from './addDays';
import type { CivilDate } from './civilDate';

/** `min` ≤ `max`, both finite and ≥ 0. */
export interface HourRange {
  readonly min: number;
  readonly max: number;
}

export interface DateRange {
  readonly earliest: CivilDate;
  readonly latest: CivilDate;
}

/** min–max hours after some time on `start`, as dates (rule in the file comment). Throws RangeError for a bad range. */
export function addHourRange(start: CivilDate, { min, max }: HourRange): DateRange {
  const ok = (value: number) => Number.isFinite(value) && value >= 0;
  if (!ok(min) || !ok(max)) throw new RangeError(`An hours range needs numbers of 0 or more, got ${min}–${max}.`);
  if (min > max) throw new RangeError(`An hours range runs backwards: ${min}–${max}.`);
  return {
    earliest: addDays(start, Math.floor(min / 24)),
    latest: max < 24 ? start : addDays(start, Math.ceil(max / 24)),
  };
}
