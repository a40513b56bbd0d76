/**
 * Reads a date a person (or a URL, or a form field) supplied. Never throws: a failure comes back with a
 * machine code (for translated UI text) and an English sentence saying what to fix.
 */
import { MAX_YEAR, MIN_YEAR, civilDateFromParts, type CivilDate } from './civilDate';
import { daysInMonth } from './gregorian';

export type ParseCivilDateFailureCode = 'empty' | 'format' | 'year-range' | 'impossible';

export type ParseCivilDateResult =
  | { readonly ok: true; readonly date: CivilDate }
  | { readonly ok: false; readonly code: ParseCivilDateFailureCode; readonly reason: string };

export interface ParseCivilDateOptions {
  /** Earliest accepted year (default 1900). Clamped to 1. */
  readonly minYear?: number;
  /** Latest accepted year (default 2199). Clamped to 9999. */
  readonly maxYear?: number;
}

/** Default window: any order, delivery or refund date a shopper could mean; catches typos like 0226 or 20266. */
export const DEFAULT_PARSE_YEARS = { minYear: 1900, maxYear: 2199 } as const;

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

// Four or more digit year, one or two digit month and day: 2026-11-26 and 2026-1-5 are read, 26-11-2026 is not.
const SHAPE = /^(\d{4,})-(\d{1,2})-(\d{1,2})$/;

/**
 * Parses `YYYY-MM-DD` (surrounding whitespace ignored; a one-digit month or day is accepted and normalised).
 * Fails with `empty`, `format` (not YYYY-MM-DD), `year-range` (outside minYear…maxYear) or `impossible`
 * (2026-02-30, month 13, day 0).
 */
export function parseCivilDate(text: string | null | undefined, options: ParseCivilDateOptions = {}): ParseCivilDateResult {
  if (text === null || text === undefined || (typeof text === 'string' && text.trim() === '')) {
    return fail('empty', 'Enter a date, written as YYYY-MM-DD (for example 2026-11-26).');
  }
  if (typeof text !== 'string') return fail('format', 'Write the date as YYYY-MM-DD, for example 2026-11-26.');
  const trimmed = text.trim();
  const match = SHAPE.exec(trimmed);
  if (!match) {
    const shown = trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed;
    return fail('format', `"${shown}" is not written as YYYY-MM-DD (for example 2026-11-26).`);
  }
  const minYear = Math.max(MIN_YEAR, Math.ceil(finiteOr(options.minYear, DEFAULT_PARSE_YEARS.minYear)));
  const maxYear = Math.min(MAX_YEAR, Math.floor(finiteOr(options.maxYear, DEFAULT_PARSE_YEARS.maxYear)));
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (!(year >= minYear && year <= maxYear)) {
    return fail('year-range', `The year ${match[1]} is out of range: use a year from ${minYear} to ${maxYear}.`);
  }
  const monthName = MONTH_NAMES[month - 1];
  if (monthName === undefined) {
    return fail('impossible', `${trimmed} is not a real date: there is no month ${month}, months run from 01 to 12.`);
  }
  const length = daysInMonth(year, month);
  if (day < 1 || day > length) {
    return fail('impossible', `${trimmed} is not a real date: ${monthName} ${year} has ${length} days.`);
  }
  return { ok: true, date: civilDateFromParts(year, month, day) };
}

function fail(code: ParseCivilDateFailureCode, reason: string): ParseCivilDateResult {
  return { ok: false, code, reason };
}

function finiteOr(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
