import { isCivilDate } from '../../time/civilDate';
import { daysBetween } from '../../time/daysBetween';

/** A region page older than this (in days since its last review) carries a "may be out of date" notice. */
export const STALE_AFTER_DAYS = 180;

/**
 * True when `lastReviewed` is more than `maxAgeDays` calendar days before `buildDate` (both YYYY-MM-DD).
 * A review dated after the build date is not stale. Throws RangeError naming the bad argument.
 */
export function isStale(lastReviewed: string, buildDate: string, maxAgeDays: number = STALE_AFTER_DAYS): boolean {
  if (!isCivilDate(lastReviewed)) throw new RangeError(`lastReviewed: "${lastReviewed}" is not a real date written as YYYY-MM-DD`);
  if (!isCivilDate(buildDate)) throw new RangeError(`buildDate: "${buildDate}" is not a real date written as YYYY-MM-DD`);
  if (!Number.isInteger(maxAgeDays) || maxAgeDays < 0) throw new RangeError(`maxAgeDays: ${maxAgeDays} is not a whole number of days (0 or more)`);
  return daysBetween(buildDate, lastReviewed) > maxAgeDays;
}
