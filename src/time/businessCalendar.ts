/**
 * Business days for one region: which weekdays are the weekend, which dates are public holidays,
 * and for which span the holiday list is known.
 *
 * Counting convention (what "refund in 3–5 business days from the day it was issued" means):
 *   - The start date itself is never counted. Business day 1 is the first business day strictly AFTER the start,
 *     whatever the start is (a business day, a weekend, a holiday).
 *   - addBusinessDays(start, 0) returns `start` unchanged, even on a weekend or holiday: zero days after a date is
 *     that date. Use nextBusinessDay(calendar, start) for "the next business day".
 *     So for n ≥ 1 the result is always a business day, and businessDaysBetween(calendar, addBusinessDays(d, n).date, d) === n
 *     for every n ≥ 0.
 *   - Outside `coverage` the holidays are unknown: only the weekend is skipped there, and results that counted any
 *     uncovered day say so with `beyondCoverage: true` (the UI says "counted weekends only").
 *   - `skippedHolidays` lists the holidays that pushed the result later: holidays after the start, up to the result,
 *     that fell on a weekday. A holiday on a weekend day changed nothing and is not listed.
 */
import { fromDayNumber, MAX_DAY_NUMBER, isCivilDate, toDayNumber, type CivilDate, type IsoWeekday } from './civilDate';
import { weekday, weekdayOfDayNumber } from './weekday';

export interface Holiday {
  readonly date: CivilDate;
  readonly name: string;
}

/** A span of days, both ends included. */
export interface CivilDateSpan {
  readonly from: CivilDate;
  readonly to: CivilDate;
}

export interface BusinessCalendarOptions {
  /** ISO weekdays that are not business days: [6, 7] for Saturday–Sunday, [5, 6] for Friday–Saturday. */
  readonly weekend: readonly number[];
  /** Public holidays as [date, name]. Every date must lie inside `coverage`. The same date twice merges the names. */
  readonly holidays?: ReadonlyArray<readonly [CivilDate, string]>;
  /** The span the holiday list is complete for. Omit (or null) when there is no holiday data: weekends only. */
  readonly coverage?: CivilDateSpan | null;
}

export interface BusinessDaysResult {
  /** The date reached. */
  readonly date: CivilDate;
  /** Weekday holidays between the start (excluded) and `date` that were skipped, in date order. */
  readonly skippedHolidays: readonly Holiday[];
  /** True when any day counted lies outside the holiday data's coverage: there, only weekends were skipped. */
  readonly beyondCoverage: boolean;
}

export interface BusinessCalendar {
  /** The weekend, as sorted ISO weekdays. */
  readonly weekend: readonly IsoWeekday[];
  /** Every holiday, in date order (including those on a weekend). */
  readonly holidays: readonly Holiday[];
  /** The span the holiday list covers, or null when there is no holiday data. */
  readonly coverage: CivilDateSpan | null;
  /**
   * The `n`-th business day after `start` (start excluded; n = 0 returns start). `n` must be a whole number ≥ 0.
   * Throws RangeError for a bad `n` or a result past 9999-12-31.
   */
  addBusinessDays(start: CivilDate, n: number): BusinessDaysResult;
}

// The questions below are functions of their own, not methods, so code that only counts forward (the estimator in
// the browser) does not carry them: a bundler drops a function nobody imports, never an object's method.

/** True when the calendar's holiday list covers `date`. */
export function covers(calendar: BusinessCalendar, date: CivilDate): boolean {
  return calendar.coverage !== null && date >= calendar.coverage.from && date <= calendar.coverage.to;
}

export function isWeekend(calendar: BusinessCalendar, date: CivilDate): boolean {
  return calendar.weekend.includes(weekday(date));
}

/** The holiday's name on `date`, or undefined (always undefined outside coverage). */
export function holidayOn(calendar: BusinessCalendar, date: CivilDate): string | undefined {
  return calendar.holidays.find((holiday) => holiday.date === date)?.name;
}

/** Neither a weekend day nor a known holiday. */
export function isBusinessDay(calendar: BusinessCalendar, date: CivilDate): boolean {
  return !isWeekend(calendar, date) && holidayOn(calendar, date) === undefined;
}

/** The first business day strictly after `date`. */
export function nextBusinessDay(calendar: BusinessCalendar, date: CivilDate): CivilDate {
  return calendar.addBusinessDays(date, 1).date;
}

/**
 * Business days in (earlier, later]: how many business days after `earlier` the date `later` is.
 * Negative when `later` is before `earlier`, 0 for the same day. Same argument order as `daysBetween`.
 * Whole weeks at a time, then the holidays that fell on a weekday by binary search (`holidays` is sorted, one entry a
 * day): O(holidays) to list those, whatever the span, instead of a walk over every day.
 */
export function businessDaysBetween(calendar: BusinessCalendar, later: CivilDate, earlier: CivilDate): number {
  const weekendOn = weekendTest(calendar.weekend);
  const weekdayHolidays = calendar.holidays.map((holiday) => toDayNumber(holiday.date)).filter((dayNumber) => !weekendOn(dayNumber));
  const businessDaysPerWeek = 7 - new Set(calendar.weekend).size;
  const countAfter = (from: number, to: number): number => {
    const weeks = Math.floor((to - from) / 7);
    let count = weeks * businessDaysPerWeek;
    for (let dayNumber = from + weeks * 7 + 1; dayNumber <= to; dayNumber += 1) if (!weekendOn(dayNumber)) count += 1;
    return count - (upperBound(weekdayHolidays, to) - upperBound(weekdayHolidays, from));
  };
  const a = toDayNumber(later);
  const b = toDayNumber(earlier);
  return a >= b ? countAfter(b, a) : 0 - countAfter(a, b); // 0 - x: never -0
}

/** Saturday and Sunday, the weekend in every region Refund Atlas covers so far. */
export const SATURDAY_SUNDAY: readonly IsoWeekday[] = [6, 7];

/** Builds a calendar; throws RangeError naming the problem when the options are inconsistent. */
export function createBusinessCalendar(options: BusinessCalendarOptions): BusinessCalendar {
  const weekend = readWeekend(options.weekend);
  const weekendOn = weekendTest(weekend);

  const coverage = readCoverage(options.coverage);
  const coveredFrom = coverage ? toDayNumber(coverage.from) : Number.POSITIVE_INFINITY;
  const coveredTo = coverage ? toDayNumber(coverage.to) : Number.NEGATIVE_INFINITY;
  const coveredOn = (dayNumber: number) => dayNumber >= coveredFrom && dayNumber <= coveredTo;

  const names = readHolidays(options.holidays ?? [], coverage);
  const holidays: readonly Holiday[] = Object.freeze(
    [...names]
      .sort(([a], [b]) => a - b)
      .map(([dayNumber, list]) => Object.freeze({ date: fromDayNumber(dayNumber), name: list.join(' / ') })),
  );
  const holidayByDay = new Map(holidays.map((holiday) => [toDayNumber(holiday.date), holiday] as const));

  const addBusinessDays = (start: CivilDate, n: number): BusinessDaysResult => {
    if (!Number.isSafeInteger(n) || n < 0) {
      throw new RangeError(`addBusinessDays counts forward a whole number of days (0 or more), got ${n}.`);
    }
    let dayNumber = toDayNumber(start);
    let remaining = n;
    let beyondCoverage = false;
    const skippedHolidays: Holiday[] = [];
    while (remaining > 0) {
      dayNumber += 1;
      if (dayNumber > MAX_DAY_NUMBER) throw new RangeError(`${n} business days after ${start} is past 9999-12-31.`);
      if (!coveredOn(dayNumber)) beyondCoverage = true;
      if (weekendOn(dayNumber)) continue;
      const holiday = holidayByDay.get(dayNumber);
      if (holiday !== undefined) {
        skippedHolidays.push(holiday);
        continue;
      }
      remaining -= 1;
    }
    return { date: fromDayNumber(dayNumber), skippedHolidays, beyondCoverage };
  };

  const calendar: BusinessCalendar = { weekend, holidays, coverage, addBusinessDays };
  return Object.freeze(calendar);
}

function readWeekend(weekend: readonly number[]): readonly IsoWeekday[] {
  if (!Array.isArray(weekend)) throw new RangeError('The weekend must be a list of ISO weekdays (1 = Monday … 7 = Sunday).');
  const days = new Set<IsoWeekday>();
  for (const day of weekend) {
    if (!Number.isInteger(day) || day < 1 || day > 7) {
      throw new RangeError(`The weekend lists ${String(day)}, which is not an ISO weekday (1 = Monday … 7 = Sunday).`);
    }
    days.add(day as IsoWeekday);
  }
  if (days.size === 7) throw new RangeError('The weekend cannot be all seven days: there would be no business days.');
  return Object.freeze([...days].sort((a, b) => a - b));
}

function readCoverage(coverage: CivilDateSpan | null | undefined): CivilDateSpan | null {
  if (coverage === null || coverage === undefined) return null;
  if (!isCivilDate(coverage.from) || !isCivilDate(coverage.to)) {
    throw new RangeError(`Holiday coverage needs two real dates (from, to) written as YYYY-MM-DD, got ${String(coverage.from)} to ${String(coverage.to)}.`);
  }
  if (coverage.from > coverage.to) throw new RangeError(`Holiday coverage runs backwards: from ${coverage.from} to ${coverage.to}.`);
  return Object.freeze({ from: coverage.from, to: coverage.to });
}

/** Holiday names by day number; the same date twice keeps each distinct name once. */
function readHolidays(holidays: ReadonlyArray<readonly [CivilDate, string]>, coverage: CivilDateSpan | null): Map<number, string[]> {
  const names = new Map<number, string[]>();
  holidays.forEach((entry, index) => {
    const [date, rawName] = Array.isArray(entry) ? entry : [undefined, undefined];
    if (!isCivilDate(date)) throw new RangeError(`Holiday ${index + 1} has ${String(date)}, which is not a real date written as YYYY-MM-DD.`);
    const name = typeof rawName === 'string' ? rawName.trim() : '';
    if (name === '') throw new RangeError(`Holiday ${index + 1} (${date}) needs a name.`);
    if (!coverage) throw new RangeError(`Holiday ${index + 1} (${date} ${name}) is given without a coverage span: say which dates the holiday list is complete for.`);
    if (date < coverage.from || date > coverage.to) {
      throw new RangeError(`Holiday ${index + 1} (${date} ${name}) lies outside the coverage ${coverage.from} to ${coverage.to}.`);
    }
    const dayNumber = toDayNumber(date);
    const list = names.get(dayNumber);
    if (!list) names.set(dayNumber, [name]);
    else if (!list.includes(name)) list.push(name);
  });
  return names;
}

/** "Is this day number a weekend day?", answered from a table of the seven weekdays. */
function weekendTest(weekend: readonly IsoWeekday[]): (dayNumber: number) => boolean {
  const isWeekendDay = new Array<boolean>(8).fill(false);
  for (const day of weekend) isWeekendDay[day] = true;
  return (dayNumber) => isWeekendDay[weekdayOfDayNumber(dayNumber)] === true;
}

/** Number of items ≤ value in a sorted array. */
function upperBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? Number.POSITIVE_INFINITY) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}
