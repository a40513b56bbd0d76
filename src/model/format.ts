import { DAY_WORDS, TIME_UNITS } from './vocabulary/regionVocabulary';
import type { Duration, NotPublished, TimeRange, TimeUnit } from './types';
import { NOT_IN_OUR_SOURCES } from './missing';

/**
 * Reader-facing text for the numbers in region data. Pure functions, safe in the browser:
 * "3–5 business days", "2–3 hours", "up to 10 business days", "about 7 business days", "immediately", "not in our sources yet".
 */

const EN_DASH = '\u2013';

/** "day" or "days", "business day" or "business days". */
export function unitLabel(unit: TimeUnit, count: number): string {
  return wordFor(TIME_UNITS[unit], count);
}

function wordFor([one, many]: readonly [string, string], count: number): string {
  return count === 1 ? one : many;
}

function number(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(2)));
}

/** A range of time as a reader reads it. `max: 0` means straight away. */
export function formatRange(range: TimeRange | NotPublished | null | undefined): string {
  if (!range || ('published' in range && range.published === false)) return NOT_IN_OUR_SOURCES;
  const { min, max, unit, approximate } = range as TimeRange;
  if (max === 0) return 'immediately';
  const about = approximate ? 'about ' : '';
  if (min === undefined) return `up to ${number(max)} ${unitLabel(unit, max)}`;
  if (min === max) return `${about}${number(max)} ${unitLabel(unit, max)}`;
  return `${about}${number(min)}${EN_DASH}${number(max)} ${unitLabel(unit, max)}`;
}

/** A length of time such as a legal period: "14 days", "5 business days", "2 years". */
export function formatDuration(duration: Duration | null | undefined): string {
  if (!duration) return NOT_IN_OUR_SOURCES;
  return `${number(duration.value)} ${unitLabel(duration.unit, duration.value)}`;
}

/** "30 days" for a window in days. */
export function formatDays(days: number | null | undefined): string {
  return days === undefined || days === null ? NOT_IN_OUR_SOURCES : `${days} ${wordFor(DAY_WORDS, days)}`;
}

/** A return window: "30 days from delivery", or "30 days" when the source does not say what it counts from. */
export function formatWindow(days: number, from?: string): string {
  return from ? `${formatDays(days)} from ${from}` : formatDays(days);
}

/** "26 November 2026" from 2026-11-26, independent of the build machine's time zone. */
export function formatReviewDate(isoDate: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** "20%" or "up to 50%". */
export function formatPercent(percent: number, upTo = false): string {
  return `${upTo ? 'up to ' : ''}${number(percent)}%`;
}
