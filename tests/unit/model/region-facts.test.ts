import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDays, formatDuration, formatPercent, formatRange } from '../../../src/model/format';
import { formatMoney } from '../../../src/model/money';
import { NOT_IN_OUR_SOURCES } from '../../../src/model/missing';
import {
  categoryWindows,
  checkPageOf,
  holidayDeadline,
  isFact,
  isNotPublished,
  paymentMethodsOf,
  paymentTimeFor,
  returnsHelpPage,
  sourceOf,
  weekendIsoDays,
  windowFor,
} from '../../../src/model/regionFacts';
import { TIME_UNITS } from '../../../src/model/vocabulary/regionVocabulary';
import type { TimeUnit } from '../../../src/model/types';
import { region, regionData, regionFiles } from '../regions/helpers';

describe('formatRange and friends', () => {
  it('reads ranges the way a person says them', () => {
    expect(formatRange({ min: 3, max: 5, unit: 'business-days' })).toBe('3–5 business days');
    expect(formatRange({ min: 2, max: 3, unit: 'hours' })).toBe('2–3 hours');
    expect(formatRange({ max: 10, unit: 'business-days' })).toBe('up to 10 business days');
    expect(formatRange({ min: 7, max: 7, unit: 'business-days', approximate: true })).toBe('about 7 business days');
    expect(formatRange({ min: 1, max: 1, unit: 'business-days' })).toBe('1 business day');
    expect(formatRange({ max: 0, unit: 'hours' })).toBe('immediately');
    expect(formatRange({ min: 2, max: 3, unit: 'weeks' })).toBe('2–3 weeks');
    expect(formatRange({ published: false, checkAt: 'x', note: 'Not found.' })).toBe(NOT_IN_OUR_SOURCES);
    expect(formatRange(undefined)).toBe('not in our sources yet');
  });

  it('formats durations, days, money and percentages', () => {
    expect(formatDuration({ value: 14, unit: 'calendar-days' })).toBe('14 days');
    expect(formatDuration({ value: 1, unit: 'years' })).toBe('1 year');
    expect(formatDays(30)).toBe('30 days');
    expect(formatDays(undefined)).toBe('not in our sources yet');
    expect(formatMoney({ amount: 3.99, currency: 'GBP', atLeast: true }, 'en-GB')).toBe('from £3.99');
    expect(formatMoney({ amount: 7, currency: 'AUD' }, 'en-AU')).toBe('$7');
    expect(formatMoney(undefined)).toBe('amount not in our sources yet');
    expect(formatPercent(50, true)).toBe('up to 50%');
  });

  it('never throws and always names the unit for any valid range', () => {
    const units = Object.keys(TIME_UNITS) as TimeUnit[];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 400 }), fc.constantFrom(...units), fc.boolean(), fc.boolean(), (a, b, unit, withMin, approximate) => {
        const [min, max] = a <= b ? [a, b] : [b, a];
        const text = formatRange(withMin ? { min, max, unit, approximate } : { max, unit, approximate });
        const [one, many] = TIME_UNITS[unit];
        expect(text.endsWith(max === 1 ? one : many)).toBe(true);
        expect(text).toContain(String(max));
      }),
    );
  });
});

describe('reading region data', () => {
  it('resolves every fact to a source with a title and an address', () => {
    for (const file of regionFiles()) {
      const data = regionData(file);
      const visit = (value: unknown): void => {
        if (Array.isArray(value)) return value.forEach(visit);
        if (value === null || typeof value !== 'object') return;
        if (isFact(value)) expect(sourceOf(data, value).url).toMatch(/^https?:\/\//);
        if (isNotPublished(value)) expect(checkPageOf(data, value).title.length).toBeGreaterThan(3);
        Object.values(value).forEach(visit);
      };
      Object.entries(data).filter(([key]) => key !== 'sources').forEach(([, value]) => visit(value));
    }
  });

  it('finds the returns help page on the marketplace itself', () => {
    for (const file of regionFiles()) {
      const data = regionData(file);
      expect(new URL(returnsHelpPage(data).url).hostname.endsWith(data.marketplace), file.id).toBe(true);
    }
  });

  it('lists category windows, standard first, with the categories that cannot be returned', () => {
    const us = region('us');
    const rows = categoryWindows(us);
    expect(rows[0]).toMatchObject({ category: 'standard', days: 30, returnable: true });
    expect(rows.find((row) => row.category === 'renewed-premium')?.days).toBe(365);
    expect(rows.find((row) => row.category === 'grocery-perishables')).toMatchObject({ returnable: false, days: undefined });
  });

  it('gives India its replacement-only windows and no standard window', () => {
    const india = region('in');
    const phones = windowFor(india, 'mobiles');
    expect(phones.kind === 'rules' && phones.rows[0]).toMatchObject({ days: 7, remedy: 'replacement-only' });
    expect(windowFor(india, 'fashion').kind).toBe('not-published');
  });

  it('answers "when does my money arrive" per payment method, with fallbacks', () => {
    expect(paymentTimeFor(region('us'), 'credit-card')).toMatchObject({ kind: 'method', entries: [{ min: 3, max: 5 }] });
    // The UK has one general figure for every method.
    expect(paymentTimeFor(region('uk'), 'debit-card')).toMatchObject({ kind: 'general', entries: [{ max: 7, approximate: true }] });
    // India splits by who shipped the order.
    expect(paymentTimeFor(region('in'), 'credit-card', { fulfilledBy: 'seller' })).toMatchObject({ kind: 'method', entries: [{ min: 3, max: 5 }] });
    // Japan: konbini payments come back as gift card balance, with no published time.
    expect(paymentTimeFor(region('jp'), 'convenience-store')).toMatchObject({ kind: 'not-published' });
    // Australia: Global Store figures only when asked for.
    expect(paymentTimeFor(region('au'), 'afterpay').kind).toBe('not-published');
    expect(paymentTimeFor(region('au'), 'afterpay', { scope: 'global-store' })).toMatchObject({ kind: 'method', entries: [{ min: 2, max: 10 }] });
    expect(paymentTimeFor(region('mx'), 'credit-card').kind).toBe('not-published');
    expect(paymentMethodsOf(region('us'))).toEqual(expect.arrayContaining(['credit-card', 'debit-card', 'gift-card-balance']));
    expect(paymentMethodsOf(region('ca'))).toEqual([]);
  });

  it('finds the holiday deadline of a category in a season: a variant wins, an excluded category gets none', () => {
    const season = (id: string, year: number) => {
      const found = region(id).holidayWindows.find((item) => item.season === year);
      if (!found || isNotPublished(found)) throw new Error(`${id}: no published ${year} season`);
      return found;
    };
    expect(holidayDeadline(season('us', 2025), 'apple')?.returnBy).toBe('2026-01-15');
    expect(holidayDeadline(season('us', 2025), 'electronics')?.returnBy).toBe('2026-01-31');
    expect(holidayDeadline(season('de', 2025), 'toys')).toMatchObject({ returnBy: '2026-01-15', orDaysAfterReceipt: 14 });
    expect(holidayDeadline(season('de', 2025), 'fashion')).toMatchObject({ returnBy: '2026-01-31', orDaysAfterReceipt: 30 });
    expect(holidayDeadline(season('au', 2025), 'haul')).toBeUndefined();
  });

  it('gives the weekend as ISO weekdays', () => {
    expect(weekendIsoDays(region('uk'))).toEqual([6, 7]);
  });
});
