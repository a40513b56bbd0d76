/**
 * Proleptic Gregorian arithmetic on plain integers: no Date, no time zones.
 *
 * A day number counts days since 1970-01-01 (day 0), negative before it. The conversions use
 * Howard Hinnant's `days_from_civil` / `civil_from_days` algorithms (400-year eras of 146,097 days),
 * which are exact for every year and need no tables or loops.
 */

export interface CivilDateParts {
  readonly year: number;
  /** 1 = January … 12 = December. */
  readonly month: number;
  /** 1 … 31. */
  readonly day: number;
}

/** Leap year in the proleptic Gregorian calendar: 2028 yes, 2100 no, 2000 yes. */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Number of days in `month` (1–12) of `year`; 0 when the month does not exist. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

/** Day number (days since 1970-01-01) of a year/month/day. The parts are not validated. */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400; // 0 … 399
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1; // 0 … 365, from 1 March
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear; // 0 … 146096
  return era * 146_097 + dayOfEra - 719_468;
}

/** Year/month/day of a day number (days since 1970-01-01). */
export function partsFromDayNumber(dayNumber: number): CivilDateParts {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097; // 0 … 146096
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  ); // 0 … 399
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100)); // 0 … 365
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153); // 0 … 11, from March
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}
