import type { HolidayData } from '../../time/holidays';

/** What the region page's holiday table covers and where its dates come from, shown under the table. */
export function holidayCoverageText(data: Pick<HolidayData, 'from' | 'to' | 'generatedWith'>): string {
  return `Dates from the ${data.generatedWith} library; the site's holiday data covers ${data.from.slice(0, 4)} to ${data.to.slice(0, 4)}.`;
}
