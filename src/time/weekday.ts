import { toDayNumber, type CivilDate, type IsoWeekday } from './civilDate';

/** ISO weekday of a civil date: 1 = Monday … 7 = Sunday (1970-01-01, day 0, was a Thursday). */
export function weekday(date: CivilDate): IsoWeekday {
  return weekdayOfDayNumber(toDayNumber(date));
}

/** ISO weekday of a day number (days since 1970-01-01). */
export function weekdayOfDayNumber(dayNumber: number): IsoWeekday {
  return ((((dayNumber + 3) % 7) + 7) % 7 + 1) as IsoWeekday;
}
