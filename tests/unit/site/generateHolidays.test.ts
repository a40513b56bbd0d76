import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateHolidayData, HOLIDAY_LIBRARY, holidayRegionOf } from '../../../src/site/generateHolidays';
import { holidayCalendarFromJson } from '../../../src/time/holidays';
import { weekendIsoDays } from '../../../src/model/regionFacts';
import { region, regionData, regionFiles } from '../regions/helpers';

const BUILD_YEAR = 2026;
const holidaysFor = (id: string) => generateHolidayData(holidayRegionOf({ id, data: region(id) }), BUILD_YEAR);

describe('public holidays per region', () => {
  for (const file of regionFiles()) {
    it(`${file.id}: covers ${BUILD_YEAR - 1} to ${BUILD_YEAR + 3}, one sorted entry per day`, () => {
      const data = regionData(file);
      const result = generateHolidayData(holidayRegionOf({ id: file.id, data }), BUILD_YEAR);
      expect(result).toMatchObject({ region: file.id, country: data.holidayCountry, from: '2025-01-01', to: '2029-12-31', generatedWith: HOLIDAY_LIBRARY });
      const dates = result.days.map(([date]) => date);
      expect(dates).toEqual([...dates].sort());
      expect(new Set(dates).size).toBe(dates.length);
      for (const year of [2025, 2026, 2027, 2028, 2029]) {
        expect(dates.some((date) => date.startsWith(`${year}-`)), `${file.id} ${year}`).toBe(true);
      }
      for (const [date, name] of result.days) {
        expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(name.length).toBeGreaterThan(2);
      }
      if (data.holidayNote) expect(result.note).toBe(data.holidayNote);
      // What the estimator reads back from the shipped file is what was written: every day, with its name.
      const read = holidayCalendarFromJson(JSON.parse(JSON.stringify(result)) as unknown, weekendIsoDays(data));
      expect(read.calendar.holidays.map((holiday) => [holiday.date, holiday.name])).toEqual(result.days.map(([date, name]) => [date, name]));
      expect(read.calendar.coverage).toEqual({ from: result.from, to: result.to });
      expect(read.note).toBe(data.holidayNote);
    });
  }

  const has = (id: string, date: string, name: RegExp) => {
    const day = holidaysFor(id).days.find(([when]) => when === date);
    expect(day, `${id} ${date}`).toBeDefined();
    expect(day?.[1]).toMatch(name);
  };

  it('knows the dates the widgets rely on', () => {
    has('uk', '2026-12-25', /Christmas/);
    has('au', '2026-01-26', /Australia Day/);
    has('in', '2026-01-26', /Republic Day/);
    has('us', '2026-11-26', /Thanksgiving/);
    has('uk', '2027-03-26', /Good Friday/);
    has('jp', '2026-05-05', /Children/);
  });

  it("names holidays in the country's own English: Labor Day in the US, Labour Day elsewhere", () => {
    has('us', '2026-09-07', /^Labor Day$/);
    has('ca', '2026-09-07', /^Labour Day$/);
    has('au', '2026-01-26', /^Australia Day$/);
    expect(holidaysFor('us').days.some(([, name]) => /Labour/.test(name))).toBe(false);
  });

  it('keeps only public holidays (US Christmas Eve is "optional" in the library)', () => {
    expect(holidaysFor('us').days.find(([date]) => date === '2026-12-24')).toBeUndefined();
  });

  it('joins the names of two holidays on the same day', () => {
    // 2028-04-14 is both Good Friday and Ambedkar Jayanti in the library's Indian data.
    const day = holidaysFor('in').days.find(([date]) => date === '2028-04-14');
    expect(day?.[1]).toMatch(/ \/ /);
  });

  it("adds Japan's bank closing days, marked as such, where the region asks for them", () => {
    const newYearsEve = holidaysFor('jp').days.find(([date]) => date === '2026-12-31');
    expect(newYearsEve?.[1]).toMatch(/\(bank holiday\)/);
  });

  it('explains that India lists few national holidays and that bank holidays vary by state', () => {
    expect(holidaysFor('in').note).toMatch(/bank holidays vary by state/i);
  });

  it('rejects a country the library does not know', () => {
    expect(() => generateHolidayData({ id: 'xx', holidayCountry: 'XX' }, BUILD_YEAR)).toThrow(/holidayCountry/);
  });

  it('names the installed date-holidays version', () => {
    const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../../node_modules/date-holidays/package.json', import.meta.url)), 'utf8')) as { version: string };
    expect(HOLIDAY_LIBRARY).toBe(`date-holidays ${pkg.version}`);
  });

  it('keeps date-holidays out of browser code: only the build-time helper imports it', () => {
    const src = fileURLToPath(new URL('../../../src/', import.meta.url));
    const importers = (readdirSync(src, { recursive: true }) as string[])
      .filter((path) => /\.(ts|tsx|js|mjs|astro|svelte|vue|jsx)$/.test(path))
      .filter((path) => /from\s+['"]date-holidays['"]|import\(\s*['"]date-holidays['"]\s*\)|require\(\s*['"]date-holidays['"]\s*\)/.test(readFileSync(join(src, path), 'utf8')));
    expect(importers).toEqual([join('site', 'generateHolidays.ts')]);
  });
});
