import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../src/time/addDays';
import { toCivilDate, type CivilDate } from '../../../../src/time/civilDate';
import { max } from '../../../../src/time/compare';
import { eligibilityVerdict } from '../../../../src/tools/eligibility';
import { isNotPublished } from '../../../../src/model/regionFacts';
import type { CategoryId } from '../../../../src/model/vocabulary/categories';
import type { HolidaySeason, RegionData } from '../../../../src/model/types';
import { compact, FULL_REGIONS, input } from './helpers';

/**
 * Holiday windows, read from the region files: an order placed five days into a season and delivered two days
 * later can go back until the latest of the season's date (or its variant's, for the variant's categories),
 * "N days after receipt/purchase, whichever is later", the item's own window and the right to cancel.
 */
function storeDays(data: RegionData, category: CategoryId, ordered: string): number | undefined {
  const rules = data.categoryRules.filter((rule) => rule.category === category && (rule.validFrom ?? '') <= ordered && (rule.validTo ?? '9999') >= ordered && rule.soldBy !== 'sellers');
  if (rules.length > 0) return Math.max(...rules.map((rule) => rule.days ?? -1));
  return isNotPublished(data.returnWindow) || data.returnWindow.soldBy === 'sellers' ? undefined : data.returnWindow.days;
}

function withdrawalDays(data: RegionData): number | undefined {
  if (isNotPublished(data.statutoryRights)) return undefined;
  const right = data.statutoryRights.find((item) => item.kind === 'withdrawal' && item.jurisdiction === undefined && item.period?.unit === 'calendar-days');
  return right?.period?.value;
}

interface SeasonCase {
  name: string;
  region: string;
  category: CategoryId;
  ordered: CivilDate;
  delivered: CivilDate;
  expected: CivilDate;
}

const cases: SeasonCase[] = FULL_REGIONS.flatMap((data) =>
  data.holidayWindows
    .filter((season): season is HolidaySeason => !isNotPublished(season))
    .flatMap((season) => {
      const ordered = addDays(toCivilDate(season.purchasedFrom), 5);
      const delivered = addDays(ordered, 2);
      const options: Array<{ category: CategoryId; fact: Pick<HolidaySeason, 'returnBy' | 'orDaysAfterReceipt' | 'orDaysAfterPurchase'> }> = [];
      if (!season.categories) options.push({ category: 'standard', fact: season });
      for (const variant of season.variants ?? []) options.push({ category: variant.categories[0] as CategoryId, fact: variant });
      return options.map(({ category, fact }) => {
        const dates = [toCivilDate(fact.returnBy)];
        if (fact.orDaysAfterReceipt) dates.push(addDays(delivered, fact.orDaysAfterReceipt));
        if (fact.orDaysAfterPurchase) dates.push(addDays(ordered, fact.orDaysAfterPurchase));
        const own = storeDays(data, category, ordered);
        if (own !== undefined && own > 0) dates.push(addDays(delivered, own));
        const cancel = withdrawalDays(data);
        if (cancel) dates.push(addDays(delivered, cancel));
        const [first, ...rest] = dates as [CivilDate, ...CivilDate[]];
        return { name: `${data.id} ${season.season} ${category}`, region: data.id, category, ordered, delivered, expected: max(first, ...rest) };
      });
    }),
);

describe('holiday return windows, from each region file', () => {
  it('covers the regions that publish a season', () => {
    expect(new Set(cases.map((item) => item.region))).toEqual(new Set(['us', 'uk', 'de', 'fr', 'it', 'es', 'ca', 'au']));
  });

  it.each(cases)('$name', ({ region, category, ordered, delivered, expected }) => {
    const result = eligibilityVerdict(input({ region, category, ordered, delivered, today: delivered }), compact(region));
    expect(result.returnBy?.date).toBe(expected);
  });

  it('applies "or 30 days after receipt, whichever is later" in Germany for a delivery in late December', () => {
    const result = eligibilityVerdict(input({ region: 'de', ordered: '2025-12-20', delivered: '2026-01-05', today: '2026-01-06' }), compact('de'));
    expect(result.returnBy?.date).toBe('2026-02-04');
    expect(result.returnBy?.detail).toContain('whichever is later');
  });

  it('ignores a holiday date that falls before the item arrived', () => {
    const result = eligibilityVerdict(input({ region: 'us', ordered: '2025-12-30', delivered: '2026-02-05', today: '2026-02-06' }), compact('us'));
    expect(result.returnBy?.kind).toBe('standard');
    expect(result.returnBy?.date).toBe('2026-03-07');
  });

  it('does not extend items that cannot be returned, nor Haul items that Australia leaves out', () => {
    const grocery = eligibilityVerdict(input({ region: 'us', category: 'grocery-perishables', ordered: '2025-11-20', delivered: '2025-11-22', today: '2025-11-23' }), compact('us'));
    expect(grocery.kind).toBe('not-returnable');
    const haul = eligibilityVerdict(input({ region: 'au', category: 'haul', ordered: '2025-11-20', delivered: '2025-11-22', today: '2025-11-23' }), compact('au'));
    expect(haul.reasons.some((reason) => /does not cover Amazon Haul items/.test(reason.text))).toBe(true);
    expect(haul.returnBy?.kind).not.toBe('holiday');
  });

  it('counts a season that names no sellers only for Amazon, and says so to a seller that ships itself', () => {
    const seller = eligibilityVerdict(input({ region: 'us', seller: 'seller', ordered: '2025-11-20', delivered: '2025-11-22', today: '2025-11-23' }), compact('us'));
    expect(seller.returnBy?.date).toBe('2025-12-22');
    expect(seller.reasons.some((reason) => /third-party sellers extend their returns too, so we did not count it/.test(reason.text))).toBe(true);
    // The 2023 season applied to sellers too (soldBy: all).
    const seller2023 = eligibilityVerdict(input({ region: 'us', seller: 'seller', ordered: '2023-11-20', delivered: '2023-11-22', today: '2023-11-23' }), compact('us'));
    expect(seller2023.returnBy?.date).toBe('2024-01-31');
  });

  it('goes by the delivery date when no order date is given, and says when the order date could change the answer', () => {
    const result = eligibilityVerdict(input({ region: 'us', delivered: '2026-01-03', today: '2026-01-04' }), compact('us'));
    expect(result.returnBy?.date).toBe('2026-02-02');
    expect(result.notes[0]).toMatch(/^You did not give an order date, so we went by the delivery date\. Orders placed from November 1, 2025 to December 31, 2025 have a holiday return window/);
    const withOrder = eligibilityVerdict(input({ region: 'us', ordered: '2025-12-30', delivered: '2026-01-03', today: '2026-01-04' }), compact('us'));
    expect(withOrder.returnBy?.date).toBe('2026-02-02');
    const inSeason = eligibilityVerdict(input({ region: 'us', ordered: '2025-12-20', delivered: '2026-01-03', today: '2026-01-04' }), compact('us'));
    expect(inSeason.returnBy?.date).toBe('2026-02-02');
    expect(inSeason.notes).toEqual([]);
  });
});
