import type { Duration, TimeRange, TimeUnit } from '../../model/types';

/**
 * Numbers the comparison table sorts by. They only order rows: "3–5 business days" and "7 days" are compared by
 * their longest time in hours, counting a business day as 7/5 of a calendar day (a week of five working days).
 */
const HOURS_PER_UNIT: Record<TimeUnit, number> = {
  minutes: 1 / 60,
  hours: 1,
  'calendar-days': 24,
  'business-days': (24 * 7) / 5,
  weeks: 24 * 7,
  months: 24 * 30.4375,
  years: 24 * 365.25,
};

/** The longest time a range allows, in hours. */
export function rangeSortKey(range: Pick<TimeRange, 'max' | 'unit'>): number {
  return round(range.max * HOURS_PER_UNIT[range.unit]);
}

/** A legal period in (calendar) days. */
export function durationSortKey(duration: Duration): number {
  return round((duration.value * HOURS_PER_UNIT[duration.unit]) / 24);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
