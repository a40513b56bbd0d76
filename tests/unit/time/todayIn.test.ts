import { describe, expect, it } from 'vitest';
import { isValidTimeZone, todayIn } from '../../../src/time/todayIn';

describe('todayIn', () => {
  // 2026-11-26T03:30:00Z: still the 25th in the Americas, already the 26th in Europe and Asia.
  const now = new Date('2026-11-26T03:30:00Z');

  it.each([
    ['UTC', '2026-11-26'],
    ['Europe/London', '2026-11-26'],
    ['Europe/Berlin', '2026-11-26'],
    ['Asia/Kolkata', '2026-11-26'],
    ['Asia/Tokyo', '2026-11-26'],
    ['Australia/Sydney', '2026-11-26'],
    ['America/New_York', '2026-11-25'],
    ['America/Los_Angeles', '2026-11-25'],
    ['Pacific/Honolulu', '2026-11-25'],
  ])('in %s it is %s', (timeZone, expected) => {
    expect(todayIn(timeZone, now)).toBe(expected);
  });

  it.each([
    ['2026-12-31T23:59:59Z', 'Pacific/Kiritimati', '2027-01-01'], // UTC+14
    ['2026-12-31T23:59:59Z', 'Pacific/Pago_Pago', '2026-12-31'], // UTC-11
    ['2027-01-01T00:00:00Z', 'UTC', '2027-01-01'],
    ['2028-02-29T12:00:00Z', 'Asia/Tokyo', '2028-02-29'],
    ['2028-02-29T15:00:00Z', 'Asia/Tokyo', '2028-03-01'],
    ['2026-03-29T00:59:59Z', 'Europe/London', '2026-03-29'], // the night the clocks go forward
    ['2026-11-01T06:59:59Z', 'America/Los_Angeles', '2026-10-31'], // daylight saving ends at 09:00 UTC
    ['2026-11-01T07:00:00Z', 'America/Los_Angeles', '2026-11-01'],
  ])('at %s in %s it is %s', (instant, timeZone, expected) => {
    expect(todayIn(timeZone, new Date(instant))).toBe(expected);
  });

  it('throws RangeError for an unknown time zone or an invalid Date', () => {
    expect(() => todayIn('Mars/Olympus_Mons', now)).toThrow(RangeError);
    expect(() => todayIn('UTC', new Date(Number.NaN))).toThrow(RangeError);
  });

  it('says which time zones exist', () => {
    expect(isValidTimeZone('Asia/Kolkata')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
