import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCivilDate } from '../../../src/time/civilDate';
import { HolidayDataError, holidayCalendarFromJson, readHolidayData } from '../../../src/time/holidays';
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
  it('builds the calendar and keeps the source', () => {
    const result = holidayCalendarFromJson(valid, [6, 7]);
    expect(result).toMatchObject({ region: 'us', country: 'US', generatedWith: 'date-holidays 3.37.0', note: 'Federal holidays; banks may differ.' });
    expect(result.calendar.coverage).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(result.calendar.holidayOn(d('2026-12-25'))).toBe('Christmas Day');
    expect(result.calendar.addBusinessDays(d('2026-11-24'), 3).date).toBe('2026-11-30');
  });

  it('reads the JSON text as well as the parsed value', () => {
    expect(holidayCalendarFromJson(JSON.stringify(valid), [6, 7]).calendar.holidays).toHaveLength(2);
  });

  it('accepts a file without a note, with extra fields, and with no holidays', () => {
    const { note: _note, ...withoutNote } = valid;
    expect(holidayCalendarFromJson({ ...withoutNote, schema: 2 }, [6, 7]).note).toBeUndefined();
    expect(holidayCalendarFromJson({ ...valid, days: [] }, [6, 7]).calendar.holidays).toEqual([]);
  });

  it('reads what date-holidays produces for every region the tests use', () => {
    for (const id of ['us', 'uk', 'in', 'jp', 'au']) {
      const json = holidayJson(id, [2026, 2027]);
      expect(readHolidayData(json).ok).toBe(true);
      expect(readHolidayData(JSON.parse(JSON.stringify(json))).ok).toBe(true);
    }
  });

  it.each([
    ['not JSON text', '{"region":', /not valid JSON/],
    ['null', null, /expected an object/],
    ['a list', [valid], /expected an object/],
    ['a number', 42, /expected an object/],
    ['no region', { ...valid, region: undefined }, /region: expected a non-empty string, got nothing/],
    ['an empty country', { ...valid, country: ' ' }, /country: expected a non-empty string/],
    ['no generatedWith', { ...valid, generatedWith: 3 }, /generatedWith: expected a non-empty string, got 3/],
    ['an impossible from', { ...valid, from: '2026-02-30' }, /from: expected a real date/],
    ['a Date object as to', { ...valid, to: new Date('2026-12-31') }, /to: expected a real date .* got an object/],
    ['from after to', { ...valid, from: '2027-01-01' }, /from \(2027-01-01\) is after to \(2026-12-31\)/],
    ['a note that is not text', { ...valid, note: ['x'] }, /note: expected a string/],
    ['days missing', { ...valid, days: undefined }, /days: expected a list/],
    ['days as an object', { ...valid, days: { '2026-12-25': 'Christmas Day' } }, /days: expected a list .* got an object/],
    ['a day that is not a pair', { ...valid, days: [['2026-12-25']] }, /days\[0\]: expected a \["YYYY-MM-DD", "name"\] pair/],
    ['a day as an object', { ...valid, days: [{ date: '2026-12-25', name: 'Christmas Day' }] }, /days\[0\]: expected/],
    ['an impossible holiday date', { ...valid, days: [['2026-11-26', 'Thanksgiving Day'], ['2026-02-30', 'Nope']] }, /days\[1\]\[0\]: expected a real date/],
    ['a date with a time', { ...valid, days: [['2026-12-25 00:00:00', 'Christmas Day']] }, /days\[0\]\[0\]: expected a real date/],
    ['a holiday outside from … to', { ...valid, days: [['2027-01-01', "New Year's Day"]] }, /days\[0\]\[0\]: 2027-01-01 lies outside from/],
    ['a holiday without a name', { ...valid, days: [['2026-12-25', '']] }, /days\[0\]\[1\]: expected the holiday's name/],
  ])('rejects %s with a clear HolidayDataError', (_, json, message) => {
    let error: unknown;
    try {
      holidayCalendarFromJson(json, [6, 7]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(HolidayDataError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/^Holiday data/);
  });

  it('names the region and lists every problem at once', () => {
    const error = (() => {
      try {
        holidayCalendarFromJson({ ...valid, country: '', from: 'soon', days: [['x', ''], 3] }, [6, 7]);
      } catch (caught) {
        return caught as HolidayDataError;
      }
      throw new Error('expected a HolidayDataError');
    })();
    expect(error.message).toMatch(/^Holiday data for region "us" is invalid:/);
    expect(error.problems).toEqual([
      'country: expected a non-empty string, got ""',
      'from: expected a real date written as YYYY-MM-DD, got "soon"',
      'days[0][0]: expected a real date written as YYYY-MM-DD, got "x"',
      'days[0][1]: expected the holiday\'s name, got ""',
      'days[1]: expected a ["YYYY-MM-DD", "name"] pair, got 3',
    ]);
  });

  it('shortens a very long list of problems in the message', () => {
    const days = Array.from({ length: 30 }, () => ['bad', 'x']);
    const attempt = () => holidayCalendarFromJson({ ...valid, days }, [6, 7]);
    expect(attempt).toThrow(/… and 10 more$/);
    expect(readHolidayData({ ...valid, days })).toMatchObject({ ok: false, problems: expect.arrayContaining([expect.stringMatching(/^days\[29\]\[0\]/)]) });
  });

  it('passes an impossible weekend on as a RangeError', () => {
    expect(() => holidayCalendarFromJson(valid, [1, 2, 3, 4, 5, 6, 7])).toThrow(RangeError);
  });

  it('never throws from readHolidayData, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.record({ region: fc.anything(), from: fc.anything(), to: fc.anything(), days: fc.anything() })), (json) => {
        expect(() => readHolidayData(json)).not.toThrow();
      }),
    );
  });

  it('either builds a calendar or throws HolidayDataError for mutated files, never anything else', () => {
    const field = fc.constantFrom('region', 'country', 'from', 'to', 'generatedWith', 'note', 'days');
    fc.assert(
      fc.property(field, fc.anything(), (key, value) => {
        try {
          const { calendar } = holidayCalendarFromJson({ ...valid, [key]: value }, [6, 7]);
          calendar.addBusinessDays(d('2026-11-24'), 5);
        } catch (error) {
          expect(error).toBeInstanceOf(HolidayDataError);
        }
      }),
    );
  });
});
