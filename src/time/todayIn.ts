/**
 * The one place an instant becomes a civil date: what the wall calendar shows in an IANA time zone at `now`.
 */
import { civilDateFromParts, type CivilDate } from './civilDate';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The civil date in `timeZone` (IANA name such as `America/Los_Angeles`, `Asia/Kolkata` or `UTC`) at instant `now`.
 * `now` is a parameter so callers and tests control the clock.
 * Throws RangeError for an unknown time zone or an invalid Date.
 */
export function todayIn(timeZone: string, now: Date): CivilDate {
  const time = now instanceof Date ? now.getTime() : Number.NaN;
  if (Number.isNaN(time)) throw new RangeError('todayIn needs a valid Date for "now".');
  let year = Number.NaN;
  let month = Number.NaN;
  let day = Number.NaN;
  let era = '';
  for (const part of formatterFor(timeZone).formatToParts(time)) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') day = Number(part.value);
    else if (part.type === 'era') era = part.value;
  }
  if (era !== 'AD') year = Number.NaN; // before 0001-01-01 (1 BC shows as year 1): not a civil date this module supports
  return civilDateFromParts(year, month, day);
}

/** True when the runtime's Intl knows `timeZone`. Never throws. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // en-US with the Gregorian calendar and Latin digits, so the parts are plain numbers whatever the reader's locale.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
