/**
 * Holiday data: the one HolidayData type, and its reader. The build writes one file per region,
 * /holidays/<id>.json, with src/site/generateHolidays.ts (date-holidays, build time only):
 *
 *   { "region": "us", "country": "US", "from": "2026-01-01", "to": "2027-12-31",
 *     "generatedWith": "date-holidays 3.37.0", "note": "…", "days": [["2026-12-25", "Christmas Day"], …] }
 *
 * The refund estimator reads it in the browser through holidayCalendarFromJson, and the region page's holiday
 * table through holidaysInYear. Read defensively: anything wrong is reported up front with a path to the bad field,
 * so a bad file fails the build (or the estimator falls back to weekends only) instead of giving wrong dates later.
 */
import { createBusinessCalendar, type BusinessCalendar } from './businessCalendar';
import { isCivilDate, type CivilDate } from './civilDate';

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

export type ReadHolidayDataResult =
  | { readonly ok: true; readonly data: HolidayData }
  | { readonly ok: false; readonly problems: readonly string[] };

/** A region's business calendar plus where its holidays came from (for the "holidays from …" line in the UI). */
export interface RegionCalendar {
  readonly region: string;
  readonly country: string;
  readonly generatedWith: string;
  readonly note: string | undefined;
  readonly calendar: BusinessCalendar;
}

export class HolidayDataError extends Error {
  override readonly name = 'HolidayDataError';
  /** Every problem found, each starting with the path of the field (`days[3][0]: …`). */
  readonly problems: readonly string[];
  constructor(problems: readonly string[], region?: string) {
    const shown = problems.slice(0, 20).map((problem) => `- ${problem}`);
    if (problems.length > 20) shown.push(`- … and ${problems.length - 20} more`);
    super(`Holiday data${region ? ` for region "${region}"` : ''} is invalid:\n${shown.join('\n')}`);
    this.problems = problems;
  }
}

/** Checks parsed JSON (or the JSON text) against the holiday data shape. Never throws. */
export function readHolidayData(json: unknown): ReadHolidayDataResult {
  let value = json;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return { ok: false, problems: ['the text is not valid JSON'] };
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problems: ['expected an object with region, country, from, to, generatedWith and days'] };
  }
  const record = value as Record<string, unknown>;
  const problems: string[] = [];
  const text = (key: string): string => {
    const field = record[key];
    if (typeof field === 'string' && field.trim() !== '') return field.trim();
    problems.push(`${key}: expected a non-empty string, got ${describe(field)}`);
    return '';
  };
  const date = (key: string): CivilDate | undefined => {
    const field = record[key];
    if (isCivilDate(field)) return field;
    problems.push(`${key}: expected a real date written as YYYY-MM-DD, got ${describe(field)}`);
    return undefined;
  };

  const region = text('region');
  const country = text('country');
  const generatedWith = text('generatedWith');
  const from = date('from');
  const to = date('to');
  if (from && to && from > to) problems.push(`from (${from}) is after to (${to})`);
  let note: string | undefined;
  if (record['note'] !== undefined) {
    if (typeof record['note'] === 'string') note = record['note'];
    else problems.push(`note: expected a string when present, got ${describe(record['note'])}`);
  }

  const days: Array<readonly [CivilDate, string]> = [];
  const rawDays = record['days'];
  if (!Array.isArray(rawDays)) {
    problems.push(`days: expected a list of ["YYYY-MM-DD", "name"] pairs, got ${describe(rawDays)}`);
  } else {
    rawDays.forEach((entry: unknown, index) => {
      const at = `days[${index}]`;
      if (!Array.isArray(entry) || entry.length !== 2) {
        problems.push(`${at}: expected a ["YYYY-MM-DD", "name"] pair, got ${describe(entry)}`);
        return;
      }
      const [day, name] = entry as [unknown, unknown];
      if (!isCivilDate(day)) {
        problems.push(`${at}[0]: expected a real date written as YYYY-MM-DD, got ${describe(day)}`);
      } else if (from && to && (day < from || day > to)) {
        problems.push(`${at}[0]: ${day} lies outside from … to (${from} … ${to})`);
      }
      if (typeof name !== 'string' || name.trim() === '') problems.push(`${at}[1]: expected the holiday's name, got ${describe(name)}`);
      if (isCivilDate(day) && typeof name === 'string' && name.trim() !== '') days.push([day, name.trim()]);
    });
  }

  if (problems.length > 0 || !from || !to) return { ok: false, problems };
  const data: HolidayData = { region, country, from, to, generatedWith, days, ...(note === undefined ? {} : { note }) };
  return { ok: true, data };
}

/**
 * Builds a region's business calendar from its holiday JSON (parsed, or the text) and its weekend (ISO weekdays).
 * Throws HolidayDataError listing every problem in the data, or RangeError for an impossible weekend.
 */
export function holidayCalendarFromJson(json: unknown, weekend: readonly number[]): RegionCalendar {
  const result = readHolidayData(json);
  if (!result.ok) {
    const region = json !== null && typeof json === 'object' ? (json as Record<string, unknown>)['region'] : undefined;
    throw new HolidayDataError(result.problems, typeof region === 'string' ? region : undefined);
  }
  const { data } = result;
  return {
    region: data.region,
    country: data.country,
    generatedWith: data.generatedWith,
    note: data.note,
    calendar: createBusinessCalendar({ weekend, holidays: data.days, coverage: { from: data.from, to: data.to } }),
  };
}

/** The `[date, name]` pairs falling in `year`, in date order. */
export function holidaysInYear(data: Pick<HolidayData, 'days'>, year: number): Array<readonly [CivilDate, string]> {
  const prefix = `${String(year).padStart(4, '0')}-`;
  return data.days.filter(([date]) => date.startsWith(prefix)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}
