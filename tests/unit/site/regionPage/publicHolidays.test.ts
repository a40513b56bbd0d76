import { describe, expect, it } from 'vitest';
import { generateHolidayData, holidayRegionOf } from '../../../../src/site/generateHolidays';
import { holidayCoverageText } from '../../../../src/site/regionPage/publicHolidays';
import { holidaysInYear } from '../../../../src/time/holidays';
import { toCivilDate } from '../../../../src/time/civilDate';
import { region } from '../../regions/helpers';

const listFor = (id: string) => generateHolidayData(holidayRegionOf({ id, data: region(id) }), 2026);

describe('the public-holiday table', () => {
  it.each([
    ['uk', '2026-12-25'],
    ['au', '2026-01-26'],
    ['in', '2026-01-26'],
    ['us', '2026-11-26'],
  ])('%s lists %s in 2026', (id, date) => {
    const days = holidaysInYear(listFor(id), 2026);
    expect(days.map(([day]) => day)).toContain(date);
  });

  it('keeps only the year asked for, in date order', () => {
    const list = listFor('de');
    const days = holidaysInYear(list, 2026);
    expect(days.length).toBeGreaterThan(5);
    expect(days.every(([date]) => date.startsWith('2026-'))).toBe(true);
    expect(days.map(([date]) => date)).toEqual([...days.map(([date]) => date)].sort());
    expect(days).toEqual(list.days.filter(([date]) => date.startsWith('2026-')));
    expect(holidaysInYear({ days: [[toCivilDate('2027-01-01'), 'b'], [toCivilDate('2026-12-25'), 'a']] }, 2026)).toEqual([['2026-12-25', 'a']]);
    expect(holidaysInYear(list, 2040)).toEqual([]);
  });

  it('says where the list comes from and what years it covers', () => {
    expect(holidayCoverageText(listFor('uk'))).toBe("Dates from the date-holidays 3.37.0 library; the site's holiday data covers 2025 to 2029.");
  });
});
