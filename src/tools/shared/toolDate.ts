/**
 * How every tool reads a date answer: one year range and one message for a date the browser could not read.
 * `null` stands for a date control holding something the browser could not read as a date (30 February typed by
 * hand, a half-typed date: the input's `validity.badInput`); the kit's dateValue() gives it.
 */
import { parseCivilDate, type ParseCivilDateResult } from '../../time/parseCivilDate';

/** Years a shopper's order, delivery, hand-over or refund date can fall in: earlier or later ones are typos. */
export const TOOL_YEARS = { minYear: 2000, maxYear: 2199 } as const;

/** The reason given for a date the browser could not read, like "2026-02-30 is not a real date…" from a link. */
export const UNREADABLE_DATE = 'That is not a real date. Check the day, the month and the year.';

export function parseToolDate(text: string | null): ParseCivilDateResult {
  if (text === null) return { ok: false, code: 'impossible', reason: UNREADABLE_DATE };
  return parseCivilDate(text, TOOL_YEARS);
}
