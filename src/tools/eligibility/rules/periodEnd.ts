import { addDays } from '../../../time/addDays';
import { addMonths } from '../../../time/addMonths';
import type { CivilDate } from '../../../time/civilDate';
import { weekday } from '../../../time/weekday';
import type { Duration } from '../../../model/types';

/**
 * The last day of a legal or guarantee period that starts on `start`: 14 days from 2025-12-03 is 2025-12-17,
 * 2 years from 2024-02-29 is 2026-02-28. Business days skip the region's weekend (ISO weekdays) only, counting
 * from the day after `start`, so a public holiday can only make the real date later, never earlier.
 * `undefined` for periods in hours or minutes.
 */
export function periodEnd(start: CivilDate, period: Duration, weekend: readonly number[]): CivilDate | undefined {
  const count = period.value;
  if (!Number.isInteger(count) || count < 0) return undefined;
  switch (period.unit) {
    case 'calendar-days':
      return addDays(start, count);
    case 'weeks':
      return addDays(start, count * 7);
    case 'months':
      return addMonths(start, count);
    case 'years':
      return addMonths(start, count * 12);
    case 'business-days': {
      if (new Set(weekend).size >= 7) return undefined;
      let date = start;
      for (let left = count; left > 0; ) {
        date = addDays(date, 1);
        if (!weekend.includes(weekday(date))) left -= 1;
      }
      return date;
    }
    default:
      return undefined;
  }
}
