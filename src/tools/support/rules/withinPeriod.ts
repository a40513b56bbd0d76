/**
 * Whether `end` falls within a legal period that starts on `start` (the end day included).
 */
import type { Duration } from '../../../model/types';
import type { CivilDate } from '../../../time/civilDate';
import { addMonths } from '../../../time/addMonths';
import { daysBetween } from '../../../time/daysBetween';

/**
 * `undefined` when the period cannot be judged from dates alone (hours, minutes). Business days are compared as
 * calendar days, which can only say "no" too early, never "yes" too late: a sentence is left out rather than
 * claimed wrongly.
 */
export function withinPeriod(start: CivilDate, end: CivilDate, period: Duration): boolean | undefined {
  switch (period.unit) {
    case 'calendar-days':
    case 'business-days':
      return daysBetween(end, start) <= period.value;
    case 'weeks':
      return daysBetween(end, start) <= period.value * 7;
    case 'months':
    case 'years': {
      const months = period.value * (period.unit === 'years' ? 12 : 1);
      if (!Number.isInteger(months)) return undefined;
      return end <= addMonths(start, months);
    }
    default:
      return undefined;
  }
}
