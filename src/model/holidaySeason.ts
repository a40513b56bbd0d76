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
 * of its year, so an order in that period is told "not published" rather than "no extension".
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
