import { describe, expect, it } from 'vitest';
import { parseToolDate, TOOL_YEARS, UNREADABLE_DATE } from '../../../../src/tools/shared/toolDate';
import { placeName } from '../../../../src/tools/refund/compile/compileRefundRegion';

describe('parseToolDate: the one date rule of the three tools', () => {
  it.each([
    ['a date the browser could not read', null, UNREADABLE_DATE],
    ['1900', '1900-01-01', 'The year 1900 is out of range: use a year from 2000 to 2199.'],
    ['1999', '1999-12-31', 'The year 1999 is out of range: use a year from 2000 to 2199.'],
    ['2200', '2200-01-01', 'The year 2200 is out of range: use a year from 2000 to 2199.'],
    ['30 February', '2026-02-30', '2026-02-30 is not a real date: February 2026 has 28 days.'],
  ])('refuses %s', (_case, text, reason) => {
    expect(parseToolDate(text)).toMatchObject({ ok: false, reason });
  });

  it('accepts the first and last day of the range', () => {
    expect(parseToolDate(`${TOOL_YEARS.minYear}-01-01`)).toEqual({ ok: true, date: '2000-01-01' });
    expect(parseToolDate(`${TOOL_YEARS.maxYear}-12-31`)).toEqual({ ok: true, date: '2199-12-31' });
  });
});

describe('placeName', () => {
  it.each([
    ['United States', 'the United States'],
    ['United Kingdom', 'the United Kingdom'],
    ['Germany', 'Germany'],
    ['Japan', 'Japan'],
  ])('%s reads "in %s"', (name, place) => {
    expect(placeName(name)).toBe(place);
  });
});
