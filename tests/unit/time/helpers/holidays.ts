import Holidays from 'date-holidays';
import { holidayCalendarFromJson, type RegionCalendar } from '../../../../src/time/holidays';

/**
 * Holiday JSON in the shape the site ships, generated here the way the build does it: date-holidays with English
 * names, public holidays only. The calendar date is `holiday.date` ("2026-12-25 00:00:00", local to the country),
 * never `holiday.start`, an instant that is the previous day in UTC for countries east of Greenwich (JP, AU, IN).
 */
export function holidayJson(country: string, region: string, years: readonly number[]) {
  const source = new Holidays(country, { languages: ['en'] });
  const days = years.flatMap((year) =>
    source
      .getHolidays(year)
      .filter((holiday) => holiday.type === 'public')
      .map((holiday) => [holiday.date.slice(0, 10), holiday.name] as [string, string]),
  );
  return {
    region,
    country,
    from: `${Math.min(...years)}-01-01`,
    to: `${Math.max(...years)}-12-31`,
    generatedWith: 'date-holidays 3.37.0',
    days,
  };
}

/** A region calendar with a Saturday–Sunday weekend, through the same adapter the site uses. */
export function regionCalendar(country: string, years: readonly number[] = [2026, 2027]): RegionCalendar {
  return holidayCalendarFromJson(holidayJson(country, country.toLowerCase(), years), [6, 7]);
}
