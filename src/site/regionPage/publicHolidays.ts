/**
 * The public-holiday table on a region page: one year of the holiday data the build writes to /holidays/<id>.json.
 * Pure: the caller passes the data (from src/lib/holidayData.ts at build time).
 */

export interface HolidayList {
  from: string;
  to: string;
  generatedWith: string;
  days: ReadonlyArray<readonly [string, string]>;
}

/** The `[date, name]` pairs falling in `year`, in date order. */
export function holidaysInYear(data: Pick<HolidayList, 'days'>, year: number): Array<readonly [string, string]> {
  const prefix = `${String(year).padStart(4, '0')}-`;
  return data.days.filter(([date]) => date.startsWith(prefix)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** What the list covers and where it comes from, shown under the table. */
export function holidayCoverageText(data: HolidayList): string {
  return `Dates from the ${data.generatedWith} library; the site's holiday data covers ${data.from.slice(0, 4)} to ${data.to.slice(0, 4)}.`;
}
