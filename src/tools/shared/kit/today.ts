import type { CivilDate } from '../../../time/civilDate';
import { isValidTimeZone, todayIn } from '../../../time/todayIn';

/** The reader's own today: the date their device shows, in its time zone (UTC when the runtime does not say). */
export function readerToday(now: Date = new Date(), zone: string | undefined = Intl.DateTimeFormat().resolvedOptions().timeZone): CivilDate {
  return todayIn(zone && isValidTimeZone(zone) ? zone : 'UTC', now);
}
