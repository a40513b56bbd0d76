import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/time/addDays';
import { businessDaysBetween, covers, createBusinessCalendar, holidayOn, isBusinessDay, isWeekend, nextBusinessDay, type BusinessCalendar, type BusinessCalendarOptions } from '../../../src/time/businessCalendar';
import { fromDayNumber, toCivilDate, toDayNumber, type CivilDate } from '../../../src/time/civilDate';
import { daysBetween } from '../../../src/time/daysBetween';
import { weekday } from '../../../src/time/weekday';

const d = toCivilDate;

/** No holiday data at all: weekends only, and every count says so. */
const weekendsOnly = createBusinessCalendar({ weekend: [6, 7] });
/** A small invented calendar: a Wednesday and a Saturday holiday in a covered November 2026. */
const november = createBusinessCalendar({
  weekend: [6, 7],
  holidays: [[d('2026-11-11'), 'Midweek Day'], [d('2026-11-14'), 'Saturday Fair']],
  coverage: { from: d('2026-11-01'), to: d('2026-11-30') },
});
/** Friday–Saturday weekend (as in several Gulf states), with one holiday on a Sunday. */
const fridaySaturday = createBusinessCalendar({
  weekend: [5, 6],
  holidays: [[d('2026-11-29'), 'Sunday Holiday']],
  coverage: { from: d('2026-01-01'), to: d('2026-12-31') },
});
const sundayOnly = createBusinessCalendar({ weekend: [7] });
const noWeekend = createBusinessCalendar({ weekend: [], holidays: [[d('2026-12-25'), 'Christmas Day']], coverage: { from: d('2026-01-01'), to: d('2026-12-31') } });

const calendars = { weekendsOnly, november, fridaySaturday, sundayOnly, noWeekend };
type Name = keyof typeof calendars;

describe('addBusinessDays: calendar mechanics', () => {
  it.each([
    // n = 0 returns the start unchanged, even on a weekend: "0 business days after" is that day.
    ['weekendsOnly', '2026-11-26', 0, '2026-11-26'],
    ['weekendsOnly', '2026-11-28', 0, '2026-11-28'],
    ['november', '2026-11-11', 0, '2026-11-11'],
    // Day 1 is the first business day after the start.
    ['weekendsOnly', '2026-11-26', 1, '2026-11-27'],
    ['weekendsOnly', '2026-11-27', 1, '2026-11-30'],
    ['weekendsOnly', '2026-11-28', 1, '2026-11-30'],
    ['weekendsOnly', '2026-11-29', 1, '2026-11-30'],
    ['weekendsOnly', '2026-11-27', 5, '2026-12-04'],
    ['weekendsOnly', '2026-11-27', 10, '2026-12-11'],
    // Month ends.
    ['weekendsOnly', '2026-01-30', 1, '2026-02-02'],
    ['weekendsOnly', '2026-02-27', 1, '2026-03-02'],
    ['weekendsOnly', '2026-03-31', 1, '2026-04-01'],
    ['weekendsOnly', '2026-04-30', 3, '2026-05-05'],
    ['weekendsOnly', '2026-09-30', 2, '2026-10-02'],
    ['weekendsOnly', '2026-11-30', 5, '2026-12-07'],
    // Year ends (no holiday data: New Year's Day is counted).
    ['weekendsOnly', '2026-12-31', 1, '2027-01-01'],
    ['weekendsOnly', '2027-12-31', 1, '2028-01-03'],
    ['weekendsOnly', '2025-12-31', 3, '2026-01-05'],
    // Leap day 2028-02-29 (a Tuesday) is a business day; 2100 has no 29 February.
    ['weekendsOnly', '2028-02-25', 1, '2028-02-28'],
    ['weekendsOnly', '2028-02-25', 2, '2028-02-29'],
    ['weekendsOnly', '2028-02-25', 3, '2028-03-01'],
    ['weekendsOnly', '2028-02-28', 1, '2028-02-29'],
    ['weekendsOnly', '2100-02-26', 1, '2100-03-01'],
    ['weekendsOnly', '2100-02-25', 2, '2100-03-01'],
    ['weekendsOnly', '2100-02-26', 3, '2100-03-03'],
    // A weekday holiday pushes the result; a weekend holiday changes nothing.
    ['november', '2026-11-10', 1, '2026-11-12'],
    ['november', '2026-11-09', 5, '2026-11-17'],
    ['november', '2026-11-12', 2, '2026-11-16'],
    ['november', '2026-11-13', 1, '2026-11-16'],
    // Friday–Saturday weekend; a Sunday holiday.
    ['fridaySaturday', '2026-11-26', 1, '2026-11-30'],
    ['fridaySaturday', '2026-11-25', 2, '2026-11-30'],
    ['fridaySaturday', '2026-11-27', 1, '2026-11-30'],
    ['fridaySaturday', '2026-11-28', 5, '2026-12-06'],
    // Sunday-only and no weekend at all.
    ['sundayOnly', '2026-11-27', 1, '2026-11-28'],
    ['sundayOnly', '2026-11-28', 1, '2026-11-30'],
    ['sundayOnly', '2026-11-23', 5, '2026-11-28'],
    ['sundayOnly', '2026-11-23', 6, '2026-11-30'],
    ['noWeekend', '2026-11-27', 2, '2026-11-29'],
    ['noWeekend', '2026-12-24', 1, '2026-12-26'],
    ['noWeekend', '2026-12-24', 7, '2027-01-01'],
  ] as Array<[Name, string, number, string]>)('%s: %s + %i business days = %s', (name, start, n, expected) => {
    const calendar = calendars[name];
    const result = calendar.addBusinessDays(d(start), n);
    expect(result.date).toBe(expected);
    expect(businessDaysBetween(calendar, d(expected), d(start))).toBe(n);
  });

  it.each([
    ['november', '2026-11-10', 1, ['2026-11-11 Midweek Day']],
    ['november', '2026-11-13', 1, []], // Saturday Fair is on the weekend: not listed
    ['november', '2026-11-11', 1, []], // the start is never listed
    ['november', '2026-11-10', 0, []],
    ['fridaySaturday', '2026-11-28', 1, ['2026-11-29 Sunday Holiday']],
    ['noWeekend', '2026-12-24', 1, ['2026-12-25 Christmas Day']],
  ] as Array<[Name, string, number, string[]]>)('%s: %s + %i lists skipped holidays %j', (name, start, n, skipped) => {
    const result = calendars[name].addBusinessDays(d(start), n);
    expect(result.skippedHolidays.map((holiday) => `${holiday.date} ${holiday.name}`)).toEqual(skipped);
  });

  it.each([
    ['november', '2026-11-02', 5, false], // all inside November
    ['november', '2026-11-25', 3, false], // ends on the last covered day
    ['november', '2026-11-25', 4, true], // reaches 1 December
    ['november', '2026-10-30', 1, true], // Saturday 31 Oct is uncovered
    ['november', '2026-10-31', 1, false], // the start itself is not counted
    ['november', '2026-10-31', 0, false],
    ['weekendsOnly', '2026-11-26', 1, true], // no data: always "weekends only"
    ['weekendsOnly', '2026-11-26', 0, false], // nothing counted
  ] as Array<[Name, string, number, boolean]>)('%s: %s + %i beyondCoverage is %s', (name, start, n, beyond) => {
    expect(calendars[name].addBusinessDays(d(start), n).beyondCoverage).toBe(beyond);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('rejects n = %s with RangeError', (n) => {
    expect(() => weekendsOnly.addBusinessDays(d('2026-11-26'), n)).toThrow(RangeError);
  });

  it('throws RangeError rather than passing 9999-12-31', () => {
    expect(() => weekendsOnly.addBusinessDays(d('9999-12-30'), 2)).toThrow(RangeError);
    expect(weekendsOnly.addBusinessDays(d('9999-12-30'), 1).date).toBe('9999-12-31');
  });
});

describe('day queries', () => {
  it.each([
    ['november', '2026-11-11', false, false, 'Midweek Day', true],
    ['november', '2026-11-14', false, true, 'Saturday Fair', true],
    ['november', '2026-11-12', true, false, undefined, true],
    ['november', '2026-11-15', false, true, undefined, true],
    ['november', '2026-12-01', true, false, undefined, false],
    ['fridaySaturday', '2026-11-27', false, true, undefined, true],
    ['fridaySaturday', '2026-11-29', false, false, 'Sunday Holiday', true],
    ['fridaySaturday', '2026-11-30', true, false, undefined, true],
    ['weekendsOnly', '2026-12-25', true, false, undefined, false],
    ['noWeekend', '2026-11-29', true, false, undefined, true],
  ] as Array<[Name, string, boolean, boolean, string | undefined, boolean]>)(
    '%s on %s: business %s, weekend %s, holiday %s, covered %s',
    (name, date, business, weekendDay, holiday, covered) => {
      const calendar = calendars[name];
      expect(isBusinessDay(calendar, d(date))).toBe(business);
      expect(isWeekend(calendar, d(date))).toBe(weekendDay);
      expect(holidayOn(calendar, d(date))).toBe(holiday);
      expect(covers(calendar, d(date))).toBe(covered);
    },
  );

  it.each([
    ['november', '2026-11-10', '2026-11-12'],
    ['november', '2026-11-13', '2026-11-16'],
    ['november', '2026-11-14', '2026-11-16'],
    ['weekendsOnly', '2026-12-31', '2027-01-01'],
  ] as Array<[Name, string, string]>)('%s: next business day after %s is %s', (name, date, expected) => {
    expect(nextBusinessDay(calendars[name], d(date))).toBe(expected);
  });

  it('exposes its weekend, holidays and coverage', () => {
    expect(createBusinessCalendar({ weekend: [7, 6, 6] }).weekend).toEqual([6, 7]);
    expect(november.holidays).toEqual([
      { date: '2026-11-11', name: 'Midweek Day' },
      { date: '2026-11-14', name: 'Saturday Fair' },
    ]);
    expect(november.coverage).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(weekendsOnly.coverage).toBeNull();
    expect(weekendsOnly.holidays).toEqual([]);
  });

  it('is immutable, so one calendar can be shared by every widget on a page', () => {
    expect(Object.isFrozen(november)).toBe(true);
    expect(Object.isFrozen(november.holidays)).toBe(true);
    expect(Object.isFrozen(november.holidays[0])).toBe(true);
    expect(Object.isFrozen(november.weekend)).toBe(true);
    expect(Object.isFrozen(november.coverage)).toBe(true);
  });

  it('merges two holidays on one date and ignores an exact repeat', () => {
    const calendar = createBusinessCalendar({
      weekend: [6, 7],
      holidays: [[d('2026-05-05'), "Children's Day"], [d('2026-05-05'), 'Buddha Day'], [d('2026-05-05'), "Children's Day"], [d('2026-05-04'), '  Padded  ']],
      coverage: { from: d('2026-01-01'), to: d('2026-12-31') },
    });
    expect(holidayOn(calendar, d('2026-05-05'))).toBe("Children's Day / Buddha Day");
    expect(holidayOn(calendar, d('2026-05-04'))).toBe('Padded');
    expect(calendar.addBusinessDays(d('2026-05-01'), 1)).toEqual({
      date: '2026-05-06',
      skippedHolidays: [{ date: '2026-05-04', name: 'Padded' }, { date: '2026-05-05', name: "Children's Day / Buddha Day" }],
      beyondCoverage: false,
    });
  });
});

describe('businessDaysBetween', () => {
  it.each([
    ['weekendsOnly', '2026-11-26', '2026-11-26', 0],
    ['weekendsOnly', '2026-11-27', '2026-11-26', 1],
    ['weekendsOnly', '2026-11-29', '2026-11-27', 0], // Saturday and Sunday
    ['weekendsOnly', '2026-11-30', '2026-11-27', 1],
    ['weekendsOnly', '2026-11-26', '2026-11-30', -2],
    ['weekendsOnly', '2027-11-26', '2026-11-26', 261],
    ['weekendsOnly', '2029-01-01', '2028-01-01', 261], // 366 days after Sat 1 Jan 2028: 52 weeks, then Sun 31 Dec and Mon 1 Jan 2029
    ['november', '2026-11-30', '2026-10-31', 20], // 21 weekdays in November 2026 minus Midweek Day
    ['november', '2026-11-12', '2026-11-10', 1],
    ['november', '2026-11-11', '2026-11-10', 0],
    ['fridaySaturday', '2026-12-05', '2026-11-28', 4],
  ] as Array<[Name, string, string, number]>)('%s: businessDaysBetween(%s, %s) is %i', (name, later, earlier, expected) => {
    expect(businessDaysBetween(calendars[name], d(later), d(earlier))).toBe(expected);
  });
});

describe('createBusinessCalendar validation', () => {
  const coverage = { from: d('2026-01-01'), to: d('2026-12-31') };
  it.each([
    ['all seven days as weekend', { weekend: [1, 2, 3, 4, 5, 6, 7] }, /no business days/],
    ['weekday 0', { weekend: [0, 6] }, /not an ISO weekday/],
    ['weekday 8', { weekend: [6, 8] }, /not an ISO weekday/],
    ['weekday 6.5', { weekend: [6.5] }, /not an ISO weekday/],
    ['weekend not a list', { weekend: '6,7' as unknown as number[] }, /list of ISO weekdays/],
    ['coverage backwards', { weekend: [6, 7], coverage: { from: d('2026-12-31'), to: d('2026-01-01') } }, /backwards/],
    ['coverage with a bad date', { weekend: [6, 7], coverage: { from: '2026-02-30' as CivilDate, to: d('2026-12-31') } }, /two real dates/],
    ['a holiday outside coverage', { weekend: [6, 7], holidays: [[d('2027-01-01'), "New Year's Day"]], coverage }, /outside the coverage/],
    ['holidays without coverage', { weekend: [6, 7], holidays: [[d('2026-12-25'), 'Christmas Day']] }, /without a coverage/],
    ['an impossible holiday date', { weekend: [6, 7], holidays: [['2026-02-30' as CivilDate, 'Nope']], coverage }, /not a real date/],
    ['a holiday without a name', { weekend: [6, 7], holidays: [[d('2026-12-25'), '  ']], coverage }, /needs a name/],
    ['a holiday that is not a pair', { weekend: [6, 7], holidays: ['2026-12-25' as unknown as [CivilDate, string]], coverage }, /not a real date/],
  ] as Array<[string, BusinessCalendarOptions, RegExp]>)('rejects %s', (_, options, message) => {
    expect(() => createBusinessCalendar(options)).toThrow(message);
  });
});

// ——— properties ———

const coverageStart = toDayNumber(d('2026-01-01'));

/** Random calendars: any weekend of 0–6 days, a covered span somewhere in 2026–2027, holidays inside it. */
const anyCalendar = fc
  .record({
    weekend: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 6 }),
    from: fc.integer({ min: 0, max: 400 }),
    length: fc.integer({ min: 0, max: 300 }),
    holidayOffsets: fc.uniqueArray(fc.integer({ min: 0, max: 300 }), { maxLength: 60 }),
    withData: fc.boolean(),
  })
  .map(({ weekend, from, length, holidayOffsets, withData }) => {
    if (!withData) return createBusinessCalendar({ weekend });
    const coverage = { from: fromDayNumber(coverageStart + from), to: fromDayNumber(coverageStart + from + length) };
    const holidays = holidayOffsets
      .filter((offset) => offset <= length)
      .map((offset) => [fromDayNumber(coverageStart + from + offset), `Holiday ${offset}`] as const);
    return createBusinessCalendar({ weekend, holidays, coverage });
  });
const startDate = fc.integer({ min: coverageStart - 60, max: coverageStart + 800 }).map(fromDayNumber);
const count = fc.integer({ min: 0, max: 40 });

/** Brute force: business days in (earlier, later]. */
function slowCount(calendar: BusinessCalendar, later: CivilDate, earlier: CivilDate): number {
  let total = 0;
  for (let day = addDays(earlier, 1); day <= later; day = addDays(day, 1)) if (isBusinessDay(calendar, day)) total += 1;
  return total;
}

describe('business calendar properties', () => {
  it('addBusinessDays lands on a business day strictly after the start (n ≥ 1)', () => {
    fc.assert(
      fc.property(anyCalendar, startDate, fc.integer({ min: 1, max: 40 }), (calendar, start, n) => {
        const { date } = calendar.addBusinessDays(start, n);
        expect(isBusinessDay(calendar, date)).toBe(true);
        expect(daysBetween(date, start)).toBeGreaterThanOrEqual(n);
      }),
    );
  });

  it('a later start never gives an earlier result (monotonic in the start)', () => {
    fc.assert(
      fc.property(anyCalendar, startDate, fc.integer({ min: 0, max: 30 }), count, (calendar, start, gap, n) => {
        const later = addDays(start, gap);
        expect(calendar.addBusinessDays(later, n).date >= calendar.addBusinessDays(start, n).date).toBe(true);
      }),
    );
  });

  it('more business days never give an earlier result (monotonic in n)', () => {
    fc.assert(
      fc.property(anyCalendar, startDate, count, count, (calendar, start, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(calendar.addBusinessDays(start, high).date >= calendar.addBusinessDays(start, low).date).toBe(true);
      }),
    );
  });

  it('businessDaysBetween inverts addBusinessDays for every n ≥ 0', () => {
    fc.assert(
      fc.property(anyCalendar, startDate, count, (calendar, start, n) => {
        expect(businessDaysBetween(calendar, calendar.addBusinessDays(start, n).date, start)).toBe(n);
      }),
    );
  });

  it('businessDaysBetween matches a day-by-day count and is antisymmetric', () => {
    fc.assert(
      fc.property(anyCalendar, startDate, startDate, (calendar, a, b) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        const expected = slowCount(calendar, later, earlier);
        expect(businessDaysBetween(calendar, later, earlier)).toBe(expected);
        expect(businessDaysBetween(calendar, earlier, later)).toBe(0 - expected);
      }),
      { numRuns: 300 },
    );
  });

  it('skippedHolidays are exactly the weekday holidays after the start up to the result', () => {
    fc.assert(
      fc.property(anyCalendar, startDate, count, (calendar, start, n) => {
        const result = calendar.addBusinessDays(start, n);
        const expected = calendar.holidays.filter(
          (holiday) => holiday.date > start && holiday.date <= result.date && !isWeekend(calendar, holiday.date),
        );
        expect(result.skippedHolidays).toEqual(expected);
      }),
    );
  });

  it('beyondCoverage is true exactly when a counted day lies outside the holiday data', () => {
    fc.assert(
      fc.property(anyCalendar, startDate, count, (calendar, start, n) => {
        const result = calendar.addBusinessDays(start, n);
        let uncovered = false;
        for (let day = addDays(start, 1); day <= result.date; day = addDays(day, 1)) if (!covers(calendar, day)) uncovered = true;
        expect(result.beyondCoverage).toBe(uncovered);
      }),
    );
  });

  it('a business day is exactly a day that is neither weekend nor holiday', () => {
    fc.assert(
      fc.property(anyCalendar, startDate, (calendar, date) => {
        const weekendDay = calendar.weekend.includes(weekday(date));
        expect(isWeekend(calendar, date)).toBe(weekendDay);
        expect(isBusinessDay(calendar, date)).toBe(!weekendDay && holidayOn(calendar, date) === undefined);
        if (!covers(calendar, date)) expect(holidayOn(calendar, date)).toBeUndefined();
      }),
    );
  });
});
