import { civilDateFromParts, civilDateParts, type CivilDate } from './civilDate';
import { daysInMonth } from './gregorian';

/**
 * `date` moved by `months` calendar months (negative goes back). A day that does not exist in the target month
 * is clamped to its last day: 2026-01-31 + 1 month = 2026-02-28, 2028-01-31 + 1 = 2028-02-29.
 * Throws RangeError for a non-integer or past 0001/9999.
 */
export function addMonths(date: CivilDate, months: number): CivilDate {
  if (!Number.isInteger(months)) throw new RangeError(`addMonths needs a whole number of months, got ${months}.`);
  if (months === 0) return date;
  const { year, month, day } = civilDateParts(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return civilDateFromParts(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}
