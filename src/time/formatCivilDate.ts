/**
 * Civil dates as words for people, through Intl. The date is formatted as midnight UTC in the UTC zone,
 * so the reader's own time zone can never shift it to the day before or after.
 */
import { toDayNumber, type CivilDate } from './civilDate';

/** The Intl options that make sense for a date without a time. `timeZone` is always UTC and cannot be overridden. */
export type CivilDateFormatOptions = Pick<
  Intl.DateTimeFormatOptions,
  'weekday' | 'era' | 'year' | 'month' | 'day' | 'dateStyle' | 'calendar' | 'numberingSystem'
>;

/** Default: short weekday, day, short month, year. en-GB "Thu, 26 Nov 2026", en-US "Thu, Nov 26, 2026". */
export const DEFAULT_CIVIL_DATE_FORMAT: CivilDateFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' };

const MS_PER_DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formats `date` for `locale` (a BCP 47 tag such as 'en-GB'). Throws RangeError for an invalid locale or options. */
export function formatCivilDate(
  date: CivilDate,
  locale: Intl.LocalesArgument,
  options: CivilDateFormatOptions = DEFAULT_CIVIL_DATE_FORMAT,
): string {
  return formatterFor(locale, options).format(instantOf(date));
}

/**
 * Formats a span, sharing what the ends have in common: en-GB "Thu, 26 Nov – Wed, 2 Dec 2026".
 * The same day twice gives the single date.
 */
export function formatCivilDateRange(
  from: CivilDate,
  to: CivilDate,
  locale: Intl.LocalesArgument,
  options: CivilDateFormatOptions = DEFAULT_CIVIL_DATE_FORMAT,
): string {
  const formatter = formatterFor(locale, options);
  if (from === to) return formatter.format(instantOf(from));
  return formatter.formatRange(instantOf(from), instantOf(to));
}

function instantOf(date: CivilDate): number {
  // A time value, not a local Date: exact for every year, including 0001–0099 that Date.UTC would map to 19xx.
  return toDayNumber(date) * MS_PER_DAY;
}

function formatterFor(locale: Intl.LocalesArgument, options: CivilDateFormatOptions): Intl.DateTimeFormat {
  const tags = locale === undefined ? [] : (Array.isArray(locale) ? locale : [locale]).map(String);
  const key = JSON.stringify([tags, options]);
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter;
}
