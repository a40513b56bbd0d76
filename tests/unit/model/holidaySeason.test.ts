import { describe, expect, it } from 'vitest';
import { seasonOrderPeriod, seasonYearAt } from '../../../src/model/holidaySeason';

describe('the holiday-season calendar', () => {
  it.each([
    ['2026-11-26', 2026],
    ['2026-03-01', 2026],
    ['2026-12-31', 2026],
    ['2027-01-15', 2026], // last season's returns still run in January
    ['2027-02-28', 2026],
    ['2028-02-29', 2027],
  ])('on %s the season that matters is %i', (date, season) => {
    expect(seasonYearAt(date)).toBe(season);
  });

  it('takes a season without dates to cover the orders of October to December of its year', () => {
    expect(seasonOrderPeriod(2026)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });

  it('ends the unpublished order period before the season that matters moves on: a December order is in its own season', () => {
    expect(seasonYearAt(seasonOrderPeriod(2026).to)).toBe(2026);
    expect(seasonYearAt(seasonOrderPeriod(2026).from)).toBe(2026);
  });
});
