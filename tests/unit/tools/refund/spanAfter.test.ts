import { describe, expect, it } from 'vitest';
import { createBusinessCalendar } from '../../../../src/time/businessCalendar';
import { toCivilDate } from '../../../../src/time/civilDate';
import { spanAfter } from '../../../../src/tools/refund';
import type { Span } from '../../../../src/tools/refund';

const calendar = createBusinessCalendar({ weekend: [6, 7] });
const on = (date: string) => ({ earliest: toCivilDate(date), latest: toCivilDate(date) });
const dates = (span: Span, from = '2026-03-02') => {
  const result = spanAfter(on(from), span, calendar);
  return result && [result.earliest, result.latest];
};

describe('an estimate after a date, in any unit the data uses', () => {
  it.each<[string, Span, [string, string]]>([
    ['business days skip the weekend', { min: 3, max: 5, unit: 'business-days' }, ['2026-03-05', '2026-03-09']],
    ['"up to" counts from the day itself', { max: 2, unit: 'calendar-days' }, ['2026-03-02', '2026-03-04']],
    ['a fraction rounds down for the earliest date and up for the latest', { min: 1.5, max: 1.5, unit: 'calendar-days' }, ['2026-03-03', '2026-03-04']],
    ['half a week is three or four days', { min: 0.5, max: 0.5, unit: 'weeks' }, ['2026-03-05', '2026-03-06']],
    ['hours below a day stay on the day', { min: 2, max: 3, unit: 'hours' }, ['2026-03-02', '2026-03-02']],
    ['36 hours: the next day at the earliest, two days at the latest', { min: 36, max: 36, unit: 'hours' }, ['2026-03-03', '2026-03-04']],
    ['90 minutes stay on the day', { max: 90, unit: 'minutes' }, ['2026-03-02', '2026-03-02']],
    ['months keep the day of the month', { min: 1, max: 1, unit: 'months' }, ['2026-04-02', '2026-04-02']],
    ['a year and a half rounds to 18 months', { min: 1.5, max: 1.5, unit: 'years' }, ['2027-09-02', '2027-09-02']],
  ])('%s', (_why, span, expected) => {
    expect(dates(span)).toEqual(expected);
  });

  it('gives no dates for an amount it cannot count', () => {
    expect(dates({ min: 5, max: 3, unit: 'calendar-days' })).toBeNull();
    expect(dates({ max: -1, unit: 'calendar-days' })).toBeNull();
    expect(dates({ max: 2, unit: 'months' }, '9999-12-01')).toBeNull();
  });
});
