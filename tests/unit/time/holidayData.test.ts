import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holidayOn } from '../../../src/time/businessCalendar';
import { toCivilDate } from '../../../src/time/civilDate';
import { holidayCalendarFromJson } from '../../../src/time/holidays';
import { holidayJson } from './helpers/holidays';

const d = toCivilDate;
const valid = {
  region: 'us',
  country: 'US',
  from: '2026-01-01',
  to: '2026-12-31',
  generatedWith: 'date-holidays 3.37.0',
  note: 'Federal holidays; banks may differ.',
  days: [['2026-11-26', 'Thanksgiving Day'], ['2026-12-25', 'Christmas Day']],
};

describe('holidayCalendarFromJson', () => {
  it('builds the calendar and keeps the note', () => {
    const result = holidayCalendarFromJson(valid, [6, 7]);
    expect(result.note).toBe('Federal holidays; banks may differ.');
    expect(result.calendar.coverage).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(holidayOn(result.calendar, d('2026-12-25'))).toBe('Christmas Day');
    expect(result.calendar.addBusinessDays(d('2026-11-24'), 3).date).toBe('2026-11-30');
  });

  it('accepts a file without a note, with extra fields, and with no holidays', () => {
    const { note: _note, ...withoutNote } = valid;
    expect(holidayCalendarFromJson({ ...withoutNote, schema: 2 }, [6, 7]).note).toBeUndefined();
    expect(holidayCalendarFromJson({ ...valid, days: [] }, [6, 7]).calendar.holidays).toEqual([]);
  });

  it('reads what date-holidays produces for every region the tests use', () => {
    for (const id of ['us', 'uk', 'in', 'jp', 'au']) {
      const json = JSON.parse(JSON.stringify(holidayJson(id, [2026, 2027]))) as unknown;
      expect(holidayCalendarFromJson(json, [6, 7]).calendar.holidays.length).toBeGreaterThan(10);
    }
  });

  it.each([
    ['null', null, /^Holiday data: expected an object/],
    ['a list', [valid], /^Holiday data: expected an object/],
    ['a number', 42, /^Holiday data: expected an object/],
    ['a note that is not text', { ...valid, note: ['x'] }, /note: expected a string/],
    ['days missing', { ...valid, days: undefined }, /days: expected a list/],
    ['days as an object', { ...valid, days: { '2026-12-25': 'Christmas Day' } }, /days: expected a list/],
    ['an impossible from', { ...valid, from: '2026-02-30' }, /coverage needs two real dates/],
    ['a Date object as to', { ...valid, to: new Date('2026-12-31') }, /coverage needs two real dates/],
    ['from after to', { ...valid, from: '2027-01-01' }, /coverage runs backwards: from 2027-01-01 to 2026-12-31/],
    ['a day that is not a pair', { ...valid, days: [['2026-12-25']] }, /Holiday 1 \(2026-12-25\) needs a name/],
    ['a day as an object', { ...valid, days: [{ date: '2026-12-25', name: 'Christmas Day' }] }, /Holiday 1 has undefined, which is not a real date/],
    ['an impossible holiday date', { ...valid, days: [['2026-11-26', 'Thanksgiving Day'], ['2026-02-30', 'Nope']] }, /Holiday 2 has 2026-02-30, which is not a real date/],
    ['a date with a time', { ...valid, days: [['2026-12-25 00:00:00', 'Christmas Day']] }, /Holiday 1 has 2026-12-25 00:00:00, which is not a real date/],
    ['a holiday outside from … to', { ...valid, days: [['2027-01-01', "New Year's Day"]] }, /Holiday 1 \(2027-01-01 New Year's Day\) lies outside the coverage 2026-01-01 to 2026-12-31/],
    ['a holiday without a name', { ...valid, days: [['2026-12-25', '']] }, /Holiday 1 \(2026-12-25\) needs a name/],
  ])('rejects %s with a RangeError naming the field or the holiday', (_, json, message) => {
    expect(() => holidayCalendarFromJson(json, [6, 7])).toThrow(RangeError);
    expect(() => holidayCalendarFromJson(json, [6, 7])).toThrow(message);
  });

  it('passes an impossible weekend on as a RangeError', () => {
    expect(() => holidayCalendarFromJson(valid, [1, 2, 3, 4, 5, 6, 7])).toThrow(RangeError);
  });

  it('either builds a calendar or throws a RangeError for mutated files, never anything else', () => {
    const field = fc.constantFrom('region', 'country', 'from', 'to', 'generatedWith', 'note', 'days');
    fc.assert(
      fc.property(field, fc.anything(), (key, value) => {
        try {
          const { calendar } = holidayCalendarFromJson({ ...valid, [key]: value }, [6, 7]);
          calendar.addBusinessDays(d('2026-11-24'), 5);
        } catch (error) {
          expect(error).toBeInstanceOf(RangeError);
        }
      }),
    );
  });
});
