import { toDayNumber, type CivilDate } from './civilDate';

/**
 * Calendar days from `earlier` to `later`, that is `later − earlier`: daysBetween('2026-12-25', '2026-11-26') === 29,
 * negative when `later` is actually the earlier date. Same argument order as date-fns `differenceInCalendarDays`,
 * so `daysBetween(addDays(d, n), d) === n`.
 */
export function daysBetween(later: CivilDate, earlier: CivilDate): number {
  return toDayNumber(later) - toDayNumber(earlier);
}
