/**
 * Ordering of civil dates. A CivilDate is a fixed-width `YYYY-MM-DD` string, so string order is date order.
 */
import type { CivilDate } from './civilDate';

/** -1 when `a` is earlier, 1 when later, 0 when the same day. Usable as an `Array#sort` comparator. */
export function compare(a: CivilDate, b: CivilDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when `a` is strictly earlier than `b`. */
export function isBefore(a: CivilDate, b: CivilDate): boolean {
  return a < b;
}

/** True when `a` is strictly later than `b`. */
export function isAfter(a: CivilDate, b: CivilDate): boolean {
  return a > b;
}

/** True when `date` lies in `from` … `to`, both ends included. */
export function isWithin(date: CivilDate, from: CivilDate, to: CivilDate): boolean {
  return date >= from && date <= to;
}

/** The earliest of one or more dates. */
export function min(first: CivilDate, ...rest: readonly CivilDate[]): CivilDate {
  let result = first;
  for (const date of rest) if (date < result) result = date;
  return result;
}

/** The latest of one or more dates. */
export function max(first: CivilDate, ...rest: readonly CivilDate[]): CivilDate {
  let result = first;
  for (const date of rest) if (date > result) result = date;
  return result;
}
