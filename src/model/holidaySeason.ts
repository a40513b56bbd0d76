/**
 * The holiday-season calendar. Region data names each holiday return window by the year of its shopping season
 * (`season: 2025` covers orders placed in the last months of 2025); the returns run into January of the next year.
 * The one place that says which months belong to a season, for the checker and the region pages alike.
 */

/** The season's orders fall from October to December of its year. */
const FIRST_ORDER_DAY = '10-01';
const LAST_ORDER_DAY = '12-31';
/** Last year's holiday returns still run in January and February. */
const RETURNS_RUN_UNTIL_MONTH = 2;

/**
 * The orders a season covers when the data gives no dates (a season marked `published: false`): October to December
 * of its year, so an order in that period is told "not in our sources yet" rather than "no extension".
 */
export function seasonOrderPeriod(season: number): { from: string; to: string } {
  return { from: `${season}-${FIRST_ORDER_DAY}`, to: `${season}-${LAST_ORDER_DAY}` };
}

/**
 * The season that matters on `date` (YYYY-MM-DD): the year's own, except in January and February, when last year's
 * holiday returns are still running.
 */
export function seasonYearAt(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month <= RETURNS_RUN_UNTIL_MONTH ? year - 1 : year;
}

/** A season on file: the orders it covered and the day its returns ran until. */
export interface SeasonOnFile {
  season: number;
  purchasedFrom: string;
  purchasedTo: string;
  returnBy: string;
}

/**
 * The seasons before `season` whose dates are on file (a season marked `published: false` has none), the latest
 * first: the history that makes an extension in `season` likely though its dates are not in our sources.
 */
export function seasonsOnFileBefore<T extends SeasonOnFile>(seasons: ReadonlyArray<T | { season: number; published: false }>, season: number): T[] {
  return seasons
    .filter((item): item is T => !('published' in item && item.published === false) && item.season < season)
    .sort((a, b) => b.season - a.season);
}

/** The same day of the year `years` later (earlier when negative); 29 February becomes 28 February in a common year. */
export function sameDayYearsLater(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  const monthDay = date.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${String(year).padStart(4, '0')}-${monthDay === '02-29' && !leap ? '02-28' : monthDay}`;
}

/**
 * The period in which an extension of `season` is likely: the same days of the year as the latest season on file
 * (the orders it covered, and the day its returns ran until). A test of whether an order falls in the holiday
 * period, never a date to show: the season's own dates are not in our sources.
 */
export function likelyHolidayPeriod(season: number, latestOnFile: SeasonOnFile): { purchasedFrom: string; purchasedTo: string; returnBy: string } {
  const years = season - latestOnFile.season;
  return {
    purchasedFrom: sameDayYearsLater(latestOnFile.purchasedFrom, years),
    purchasedTo: sameDayYearsLater(latestOnFile.purchasedTo, years),
    returnBy: sameDayYearsLater(latestOnFile.returnBy, years),
  };
}
