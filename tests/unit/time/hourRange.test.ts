import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/time/addDays';
import { toCivilDate } from '../../../src/time/civilDate';
import { addHourRange } from '../../../src/time/hourRange';
import { plausibleCivilDate } from './helpers/arbitraries';

const d = toCivilDate;

describe('addHourRange (earliest: floor(min/24) days; latest: the start when max < 24, else ceil(max/24) days)', () => {
  it.each([
    [0, 0, '2026-11-26', '2026-11-26'],
    [2, 3, '2026-11-26', '2026-11-26'], // gift card 2–3 h: same day
    [0, 2, '2026-11-26', '2026-11-26'], // Amazon Pay balance 2 h
    [6, 12, '2026-11-26', '2026-11-26'], // AU gift card 6–12 h
    [0, 23.5, '2026-11-26', '2026-11-26'],
    [2, 24, '2026-11-26', '2026-11-27'],
    [24, 24, '2026-11-27', '2026-11-27'],
    [12, 36, '2026-11-26', '2026-11-28'],
    [24, 48, '2026-11-27', '2026-11-28'],
    [48, 72, '2026-11-28', '2026-11-29'],
    [47.9, 48.1, '2026-11-27', '2026-11-29'],
  ])('2026-11-26 + %s–%s hours = %s … %s', (min, max, earliest, latest) => {
    expect(addHourRange(d('2026-11-26'), { min, max })).toEqual({ earliest, latest });
  });

  it('crosses a year end', () => {
    expect(addHourRange(d('2026-12-31'), { min: 24, max: 48 })).toEqual({ earliest: '2027-01-01', latest: '2027-01-02' });
  });

  it.each([
    ['a backwards range', { min: 5, max: 3 }, /backwards/],
    ['a negative minimum', { min: -1, max: 3 }, /0 or more/],
    ['infinite hours', { min: 1, max: Number.POSITIVE_INFINITY }, /0 or more/],
    ['NaN hours', { min: Number.NaN, max: 1 }, /0 or more/],
  ])('rejects %s with RangeError', (_, range, message) => {
    expect(() => addHourRange(d('2026-11-24'), range)).toThrow(RangeError);
    expect(() => addHourRange(d('2026-11-24'), range)).toThrow(message);
  });
});

describe('hour range properties', () => {
  const hours = fc.tuple(fc.double({ min: 0, max: 200, noNaN: true }), fc.double({ min: 0, max: 200, noNaN: true }))
    .map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));

  it('latest is never before earliest, and neither is before the start', () => {
    fc.assert(
      fc.property(plausibleCivilDate, hours, (start, range) => {
        const { earliest, latest } = addHourRange(start, range);
        expect(latest >= earliest).toBe(true);
        expect(earliest >= start).toBe(true);
      }),
    );
  });

  it('a later start never gives earlier dates', () => {
    fc.assert(
      fc.property(plausibleCivilDate, fc.integer({ min: 0, max: 40 }), hours, (start, gap, range) => {
        const first = addHourRange(start, range);
        const second = addHourRange(addDays(start, gap), range);
        expect(second.earliest >= first.earliest).toBe(true);
        expect(second.latest >= first.latest).toBe(true);
      }),
    );
  });

  it('hours below a day always stay on the start date', () => {
    fc.assert(
      fc.property(plausibleCivilDate, fc.double({ min: 0, max: 23.999, noNaN: true }), (start, below) => {
        expect(addHourRange(start, { min: 0, max: below })).toEqual({ earliest: start, latest: start });
      }),
    );
  });
});
