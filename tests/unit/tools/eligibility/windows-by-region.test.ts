import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../src/time/addDays';
import { toCivilDate } from '../../../../src/time/civilDate';
import { eligibilityVerdict, NOT_ASSUMED_STANDARD } from '../../../../src/tools/eligibility';
import { isNotPublished } from '../../../../src/model/regionFacts';
import type { CategoryId } from '../../../../src/model/vocabulary/categories';
import { compact, FULL_REGIONS, input } from './helpers';

/**
 * "Whatever the data says": for every region and every category rule in its file, an unopened item sold by Amazon,
 * delivered outside any holiday season, must get exactly the rule's window (the longest, when a category has several).
 * Expected numbers are read from the region files here, not typed in.
 */
const DELIVERED = '2026-03-10';
const TODAY = '2026-03-11';

interface WindowCase {
  region: string;
  category: CategoryId;
  expected: { days: number } | 'not-returnable';
}

const cases: WindowCase[] = FULL_REGIONS.flatMap((data) => {
  const categories = [...new Set(data.categoryRules.map((rule) => rule.category))];
  return categories.flatMap((category): WindowCase[] => {
    const rules = data.categoryRules.filter((rule) => rule.category === category && (rule.validFrom ?? '') <= DELIVERED && (rule.validTo ?? '9999') >= DELIVERED && rule.soldBy !== 'sellers');
    if (rules.length === 0) return [];
    const days = Math.max(...rules.map((rule) => (rule.returnable && rule.days !== undefined ? rule.days : -1)));
    return [{ region: data.id, category, expected: days < 0 ? 'not-returnable' : { days } }];
  });
});

const standardCases = FULL_REGIONS.map((data) => ({ region: data.id, window: data.returnWindow }));

describe('category windows, from each region file', () => {
  it('covers every region with category rules, with enough cases', () => {
    expect(new Set(cases.map((item) => item.region)).size).toBeGreaterThanOrEqual(8);
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it.each(cases)('$region / $category', ({ region, category, expected }) => {
    const result = eligibilityVerdict(input({ region, category, delivered: DELIVERED, today: TODAY }), compact(region));
    if (expected === 'not-returnable') {
      expect(result.returnBy).toBeUndefined();
      expect(result.kind).toBe('not-returnable');
      expect(result.reasons[0]?.text).toMatch(/does not take back/);
    } else {
      expect(result.returnBy?.date).toBe(addDays(toCivilDate(DELIVERED), expected.days));
      expect(result.returnBy?.kind).toBe('category');
      expect(['returnable', 'conditional']).toContain(result.kind);
    }
  });
});

describe('the standard window, from each region file', () => {
  it.each(standardCases)('$region: most other items', ({ region, window }) => {
    const result = eligibilityVerdict(input({ region, delivered: DELIVERED, today: TODAY }), compact(region));
    if (isNotPublished(window)) {
      expect(result.kind).toBe('not-published');
      expect(result.reasons[0]?.text).toContain('not in our sources yet; check the official page');
    } else {
      expect(result.returnBy?.date).toBe(addDays(toCivilDate(DELIVERED), window.days));
      expect(result.returnBy?.kind).toBe('standard');
    }
  });

  it.each(standardCases)('$region: a kind of item without its own rule follows the standard window, unless shops treat it apart', ({ region, window }) => {
    const data = FULL_REGIONS.find((item) => item.id === region);
    const free = (['apple', 'amazon-devices', 'renewed', 'renewed-premium'] as CategoryId[]).find((id) => !data?.categoryRules.some((rule) => rule.category === id));
    if (!free || isNotPublished(window)) return;
    const result = eligibilityVerdict(input({ region, category: free, delivered: DELIVERED, today: TODAY }), compact(region));
    expect(result.returnBy?.date).toBe(addDays(toCivilDate(DELIVERED), window.days));
    expect(result.reasons[0]?.text).toMatch(/Our sources give no separate rule for .*, so this window applies\./);
    const apart = [...NOT_ASSUMED_STANDARD].find((id) => !data?.categoryRules.some((rule) => rule.category === id));
    if (!apart) return;
    const unknown = eligibilityVerdict(input({ region, category: apart, delivered: DELIVERED, today: TODAY }), compact(region));
    expect(unknown.kind).toBe('not-published');
  });
});
