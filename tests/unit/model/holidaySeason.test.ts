import { describe, expect, it } from 'vitest';
import { likelyHolidayPeriod, sameDayYearsLater, seasonOrderPeriod, seasonsOnFileBefore, seasonYearAt } from '../../../src/model/holidaySeason';

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

describe('the seasons on file, and what they make likely', () => {
  const onFile = (season: number, from: string, to: string, returnBy: string) => ({ season, purchasedFrom: from, purchasedTo: to, returnBy });
  const seasons = [
    onFile(2023, '2023-11-01', '2023-12-31', '2024-01-31'),
    { season: 2026, published: false as const },
    onFile(2025, '2025-11-01', '2025-12-25', '2026-01-31'),
    { season: 2024, published: false as const },
  ];

  it('lists the seasons with dates before a season, the latest first', () => {
    expect(seasonsOnFileBefore(seasons, 2026).map((item) => item.season)).toEqual([2025, 2023]);
    expect(seasonsOnFileBefore(seasons, 2024).map((item) => item.season)).toEqual([2023]);
    expect(seasonsOnFileBefore(seasons, 2023)).toEqual([]);
  });

  it.each([
    ['2025-11-01', 1, '2026-11-01'],
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2026-01-31', -2, '2024-01-31'],
  ])('%s moved by %i years is %s', (date, years, expected) => {
    expect(sameDayYearsLater(date, years)).toBe(expected);
  });

  it('takes the likely period of a season from the same days as the latest season on file', () => {
    expect(likelyHolidayPeriod(2026, onFile(2025, '2025-11-01', '2025-12-25', '2026-01-31'))).toEqual({ purchasedFrom: '2026-11-01', purchasedTo: '2026-12-25', returnBy: '2027-01-31' });
  });
});
