import { holidayDataForYears, holidayRegionOf } from '../../../../src/site/generateHolidays';
import { holidayCalendarFromJson, type RegionCalendar } from '../../../../src/time/holidays';
import { weekendIsoDays } from '../../../../src/model/regionFacts';
import { region } from '../../regions/helpers';

/**
 * A region's holiday file as the site ships it: the build's own generator (src/site/generateHolidays.ts) over the
 * region's data, including its extra holiday kinds (Japan's bank closing days), for the given years, through JSON.
 */
export function holidayJson(regionId: string, years: readonly number[]): unknown {
  const data = holidayDataForYears(holidayRegionOf({ id: regionId, data: region(regionId) }), Math.min(...years), Math.max(...years));
  return JSON.parse(JSON.stringify(data)) as unknown;
}

/** A region's calendar read from that file through holidayCalendarFromJson, as the refund estimator reads it. */
export function regionCalendar(regionId: string, years: readonly number[] = [2026, 2027]): RegionCalendar {
  return holidayCalendarFromJson(holidayJson(regionId, years), weekendIsoDays(region(regionId)));
}
