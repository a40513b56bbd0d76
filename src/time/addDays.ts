import { fromDayNumber, toDayNumber, type CivilDate } from './civilDate';

/** `date` moved by `days` calendar days (negative goes back). Throws RangeError for a non-integer or past 0001/9999. */
export function addDays(date: CivilDate, days: number): CivilDate {
  if (!Number.isInteger(days)) throw new RangeError(`addDays needs a whole number of days, got ${days}.`);
  return days === 0 ? date : fromDayNumber(toDayNumber(date) + days);
}
