import Holidays from 'date-holidays';
import { EXTRA_HOLIDAY_TYPES } from '../schemas/regionVocabulary';

/**
 * National public holidays for one region, as compact JSON for the business-day widgets.
 *
 * BUILD TIME ONLY: date-holidays and its data are large. Only src/pages/holidays/[region].json.ts (prerendered)
 * imports this module; browser code fetches /holidays/<region>.json instead. A unit test fails if any other
 * file imports date-holidays.
 */

/** The library and version the data comes from, printed in every file. Kept in step with package.json by a test. */
export const HOLIDAY_LIBRARY = 'date-holidays 3.37.0';

/** Years before and after the build year that each file covers. */
export const YEARS_BEFORE = 1;
export const YEARS_AFTER = 3;

export interface HolidayData {
  /** Region id (the content file name), for example `uk`. */
  region: string;
  /** ISO 3166-1 code the holidays are for, for example `GB`. */
  country: string;
  /** First and last day covered, `YYYY-01-01` and `YYYY-12-31`. */
  from: string;
  to: string;
  generatedWith: string;
  /** What the list leaves out (regional holidays, India's bank holidays). */
  note?: string;
  /** `[date, name]` pairs in date order; one entry per day, names joined when two holidays share a day. */
  days: Array<[string, string]>;
}

export interface HolidayRegion {
  id: string;
  holidayCountry: string;
  holidayNote?: string | undefined;
  /** Holiday kinds counted besides the public ones (`bank` for Japan's bank closing days). */
  extraHolidayTypes?: ReadonlyArray<keyof typeof EXTRA_HOLIDAY_TYPES> | undefined;
}

/**
 * Public holidays (type `public` only: no bank, school, optional or observance days) for (buildYear − 1)
 * through (buildYear + 3), with English names in the country's own spelling where the library has it. A region's `extraHolidayTypes` adds those kinds too, each name
 * marked with its kind: "New Year's Eve (bank holiday)".
 */
export function holidayData(region: HolidayRegion, buildYear: number): HolidayData {
  if (!Number.isInteger(buildYear)) throw new RangeError(`buildYear must be a whole year, got ${buildYear}`);
  const calendar = new Holidays(region.holidayCountry, { languages: ['en'] });
  if (calendar.getCountries('en')[region.holidayCountry] === undefined) {
    throw new Error(`${region.id}: date-holidays does not know the country "${region.holidayCountry}" (holidayCountry)`);
  }
  // The country's own English, where date-holidays has one: "Labor Day" for the US ("en-us"), else "Labour Day".
  const english = calendar.getLanguages().find((language) => language.startsWith('en-')) ?? 'en';
  const first = buildYear - YEARS_BEFORE;
  const last = buildYear + YEARS_AFTER;
  const extraTypes = region.extraHolidayTypes ?? [];
  const byDay = new Map<string, string[]>();
  for (let year = first; year <= last; year += 1) {
    for (const holiday of calendar.getHolidays(year, english)) {
      const extra = extraTypes.find((type) => type === holiday.type);
      if (holiday.type !== 'public' && extra === undefined) continue;
      // `date` is the local calendar day ("2026-12-25 00:00:00"), independent of the build machine's time zone.
      const day = holiday.date.slice(0, 10);
      const names = byDay.get(day) ?? [];
      const name = extra === undefined ? holiday.name : `${holiday.name} (${EXTRA_HOLIDAY_TYPES[extra]})`;
      if (!names.includes(name)) names.push(name);
      byDay.set(day, names);
    }
  }
  const days = [...byDay.entries()]
    .filter(([day]) => day >= `${first}-01-01` && day <= `${last}-12-31`)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, names]): [string, string] => [day, names.join(' / ')]);
  return {
    region: region.id,
    country: region.holidayCountry,
    from: `${first}-01-01`,
    to: `${last}-12-31`,
    generatedWith: HOLIDAY_LIBRARY,
    ...(region.holidayNote ? { note: region.holidayNote } : {}),
    days,
  };
}
