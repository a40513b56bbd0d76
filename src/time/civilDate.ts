/**
 * CivilDate: a calendar day with no time and no time zone, written as ISO 8601 `YYYY-MM-DD`.
 *
 * It is a branded string, so it serialises as itself (JSON, URLs, `<input type="date">`, data attributes)
 * and sorts correctly with plain string comparison. Only the functions in this folder create one,
 * after checking that the day exists. Arithmetic goes through the integer day number (days since 1970-01-01,
 * proleptic Gregorian); no local-time `Date` method is ever used.
 *
 * Supported span: 0001-01-01 … 9999-12-31, everything a four-digit ISO year can write.
 * `parseCivilDate` accepts a narrower, plausible window by default (see there).
 */
import { daysInMonth, dayNumberFromParts, partsFromDayNumber, type CivilDateParts } from './gregorian';

declare const civilDateBrand: unique symbol;

/** `YYYY-MM-DD`, checked to name a real day between 0001-01-01 and 9999-12-31. */
export type CivilDate = string & { readonly [civilDateBrand]: true };

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;
export const MIN_CIVIL_DATE = '0001-01-01' as CivilDate;
export const MAX_CIVIL_DATE = '9999-12-31' as CivilDate;
/** Day numbers of MIN_CIVIL_DATE and MAX_CIVIL_DATE. */
export const MIN_DAY_NUMBER = dayNumberFromParts(MIN_YEAR, 1, 1);
export const MAX_DAY_NUMBER = dayNumberFromParts(MAX_YEAR, 12, 31);

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a string `YYYY-MM-DD` naming a real day in the supported span. Never throws. */
export function isCivilDate(value: unknown): value is CivilDate {
  if (typeof value !== 'string') return false;
  const match = SHAPE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return year >= MIN_YEAR && day >= 1 && day <= daysInMonth(year, month);
}

/** Year, month (1–12) and day (1–31) of a civil date. */
export function civilDateParts(date: CivilDate): CivilDateParts {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Days since 1970-01-01 (negative before). */
export function toDayNumber(date: CivilDate): number {
  const { year, month, day } = civilDateParts(date);
  return dayNumberFromParts(year, month, day);
}

/** The civil date of a day number. Throws RangeError outside 0001-01-01 … 9999-12-31 or for a non-integer. */
export function fromDayNumber(dayNumber: number): CivilDate {
  if (!Number.isInteger(dayNumber) || dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) {
    throw new RangeError(`Day number ${dayNumber} is outside the supported dates ${MIN_CIVIL_DATE} to ${MAX_CIVIL_DATE}.`);
  }
  const { year, month, day } = partsFromDayNumber(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as CivilDate;
}

/** Builds a civil date from numbers. Throws RangeError when the day does not exist or is out of the supported span. */
export function civilDateFromParts(year: number, month: number, day: number): CivilDate {
  const text = Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR ? `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` : '';
  if (!Number.isInteger(month) || !Number.isInteger(day) || !isCivilDate(text)) {
    throw new RangeError(`${year}-${month}-${day} is not a real date between ${MIN_CIVIL_DATE} and ${MAX_CIVIL_DATE}.`);
  }
  return text;
}

/**
 * Brands a trusted `YYYY-MM-DD` string (a constant, a test fixture, data already validated).
 * Throws RangeError otherwise, starting with `field` when given. For anything a person typed use `parseCivilDate`,
 * which returns a reason instead.
 */
export function toCivilDate(text: string, field?: string): CivilDate {
  if (!isCivilDate(text)) throw new RangeError(`${field ? `${field}: ` : ''}"${text}" is not a real date written as YYYY-MM-DD.`);
  return text;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
