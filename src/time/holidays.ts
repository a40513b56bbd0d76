/**
 * Holiday data: the one HolidayData type, and its reader. The build writes one file per region,
 * /holidays/<id>.json, with src/site/generateHolidays.ts (date-holidays, build time only):
 *
 *   { "region": "us", "country": "US", "from": "2026-01-01", "to": "2027-12-31",
 *     "generatedWith": "date-holidays 3.37.0", "note": "…", "days": [["2026-12-25", "Christmas Day"], …] }
 *
 * The refund estimator reads it in the browser through holidayCalendarFromJson, and the region page's holiday
 * table through holidaysInYear. Anything wrong is reported up front, naming the field or the holiday, so the estimator
 * falls back to weekends only instead of giving wrong dates later.
 */
import { createBusinessCalendar, type BusinessCalendar } from './businessCalendar';
import type { CivilDate } from './civilDate';

export interface HolidayData {
  /** Site region id, for example "us". */
  readonly region: string;
  /** ISO 3166 country (or subdivision) code the holidays were generated for, for example "US" or "AU-NSW". */
  readonly country: string;
  /** First day the list is complete for. */
  readonly from: CivilDate;
  /** Last day the list is complete for. */
  readonly to: CivilDate;
  /** Tool and version that produced the list, for example "date-holidays 3.37.0". */
  readonly generatedWith: string;
  readonly note?: string;
  /** [date, name] pairs, every date within from … to. */
  readonly days: ReadonlyArray<readonly [CivilDate, string]>;
}

/** A region's business calendar, and the note its holiday file carries (for the "holidays from …" line in the UI). */
export interface RegionCalendar {
  readonly note: string | undefined;
  readonly calendar: BusinessCalendar;
}

/**
 * Builds a region's business calendar from its parsed holiday JSON and its weekend (ISO weekdays). Only what the
 * calendar uses is read: the note, and the days and span, which createBusinessCalendar checks (every holiday a real
 * date with a name, inside from … to; the one place those rules live). Throws RangeError naming the field or holiday.
 */
export function holidayCalendarFromJson(json: unknown, weekend: readonly number[]): RegionCalendar {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw invalid('expected an object with from, to and days');
  const { note, days, from, to } = json as Record<keyof HolidayData, unknown>;
  if (note !== undefined && typeof note !== 'string') throw invalid('note: expected a string when present');
  if (!Array.isArray(days)) throw invalid('days: expected a list of ["YYYY-MM-DD", "name"] pairs');
  return { note, calendar: createBusinessCalendar({ weekend, holidays: days as HolidayData['days'], coverage: { from: from as CivilDate, to: to as CivilDate } }) };
}

function invalid(problem: string): RangeError {
  return new RangeError(`Holiday data: ${problem}.`);
}

/** The `[date, name]` pairs falling in `year`, in date order. */
export function holidaysInYear(data: Pick<HolidayData, 'days'>, year: number): Array<readonly [CivilDate, string]> {
  const prefix = `${String(year).padStart(4, '0')}-`;
  return data.days.filter(([date]) => date.startsWith(prefix)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
