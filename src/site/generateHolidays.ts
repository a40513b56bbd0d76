import Holidays from 'date-holidays';
import { englishLocale } from '../model/locale';
import { EXTRA_HOLIDAY_TYPES } from '../model/vocabulary/regionVocabulary';
import type { RegionData } from '../model/types';
import { toCivilDate, type CivilDate } from '../time/civilDate';
import type { HolidayData } from '../time/holidays';

/**
 * Writes a region's holiday data (the HolidayData of src/time/holidays.ts) from the date-holidays library.
 *
 * BUILD TIME ONLY: date-holidays and its data are large. The /holidays/<region>.json endpoint and the region page's
 * holiday table call it; browser code fetches /holidays/<region>.json instead. A unit test fails if any other file
 * imports date-holidays.
 */

/** The library and version the data comes from, printed in every file. Kept in step with package.json by a test. */
export const HOLIDAY_LIBRARY = 'date-holidays 3.37.0';

/** Years before and after the build year that each file covers. */
export const YEARS_BEFORE = 1;
export const YEARS_AFTER = 3;

/** What the generator needs to know about a region. */
export interface HolidayRegion {
  id: string;
  holidayCountry: string;
  /** The region's locale ("en-US"): holiday names follow its English where the library has it ("Labor Day"). */
  locale?: string | undefined;
  holidayNote?: string | undefined;
  /** Holiday kinds counted besides the public ones (`bank` for Japan's bank closing days). */
  extraHolidayTypes?: ReadonlyArray<keyof typeof EXTRA_HOLIDAY_TYPES> | undefined;
}

/** The generator's view of a region entry: the one projection, so every caller generates the same days. */
export function holidayRegionOf(entry: { id: string; data: Pick<RegionData, 'holidayCountry' | 'locale' | 'holidayNote' | 'extraHolidayTypes'> }): HolidayRegion {
  const { holidayCountry, locale, holidayNote, extraHolidayTypes } = entry.data;
  return { id: entry.id, holidayCountry, locale, holidayNote, extraHolidayTypes };
}

/** The library's names in the region's own English where it has them ("en-us": "Labor Day"), else its "en" ("Labour Day"). */
function holidayLanguage(calendar: Holidays, locale: string | undefined): string {
  const own = locale === undefined ? undefined : englishLocale(locale).toLowerCase();
  return calendar.getLanguages().find((language) => language.toLowerCase() === own) ?? 'en';
}

/** The holiday data the site ships for a build in `buildYear`: (buildYear − 1) through (buildYear + 3). */
export function generateHolidayData(region: HolidayRegion, buildYear: number): HolidayData {
  if (!Number.isInteger(buildYear)) throw new RangeError(`buildYear must be a whole year, got ${buildYear}`);
  return holidayDataForYears(region, buildYear - YEARS_BEFORE, buildYear + YEARS_AFTER);
}

/**
 * Public holidays (type `public` only: no bank, school, optional or observance days) from 1 January of `first` to
 * 31 December of `last`, with English names in the country's own spelling where the library has one ("Labor Day" in
 * the US). A region's `extraHolidayTypes` adds those kinds too, each name marked with its kind: "New Year's Eve (bank
 * holiday)". Two holidays on one day share it: "Good Friday / Ambedkar Jayanti".
 */
export function holidayDataForYears(region: HolidayRegion, first: number, last: number): HolidayData {
  if (!Number.isInteger(first) || !Number.isInteger(last) || first > last) throw new RangeError(`holiday years must run forwards, got ${first} to ${last}`);
  const calendar = new Holidays(region.holidayCountry, { languages: ['en'] });
  if (calendar.getCountries('en')[region.holidayCountry] === undefined) {
    throw new Error(`${region.id}: date-holidays does not know the country "${region.holidayCountry}" (holidayCountry)`);
  }
  const english = holidayLanguage(calendar, region.locale);
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
  const from = toCivilDate(`${first}-01-01`);
  const to = toCivilDate(`${last}-12-31`);
  const days = [...byDay.entries()]
    .filter(([day]) => day >= from && day <= to)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, names]): readonly [CivilDate, string] => [toCivilDate(day), names.join(' / ')]);
  return {
    region: region.id,
    country: region.holidayCountry,
    from,
    to,
    generatedWith: HOLIDAY_LIBRARY,
    ...(region.holidayNote ? { note: region.holidayNote } : {}),
    days,
  };
}
