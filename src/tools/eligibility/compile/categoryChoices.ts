import { CATEGORIES, type CategoryId } from '../../../model/vocabulary/categories';
import { isNotPublished } from '../../../model/regionFacts';
import type { RegionData } from '../../../model/types';
import type { CategoryChoice } from '../rules/eligibilityRegion';

/** Offered for every region, because readers ask about them everywhere, even where the data has no rule of its own. */
export const ALWAYS_OFFERED: readonly CategoryId[] = ['amazon-devices', 'renewed', 'renewed-premium', 'apple', 'digital', 'grocery-perishables', 'personalised'];


export const STANDARD_CHOICE_LABEL = 'Most other items (the standard window)';


/** Every category the region's data names anywhere (rules, holiday windows, legal exceptions, deductions). */
export function regionCategoryIds(region: Pick<RegionData, 'categoryRules' | 'holidayWindows' | 'statutoryRights' | 'costs'>): Set<CategoryId> {
  const ids = new Set<CategoryId>(region.categoryRules.map((rule) => rule.category));
  for (const season of region.holidayWindows) {
    if (isNotPublished(season)) continue;
    for (const id of [...(season.categories ?? []), ...(season.excludedCategories ?? []), ...(season.variants ?? []).flatMap((variant) => variant.categories)]) ids.add(id);
  }
  if (!isNotPublished(region.statutoryRights)) for (const right of region.statutoryRights) for (const id of right.excludedCategories ?? []) ids.add(id);
  if (!isNotPublished(region.costs.deductions)) for (const deduction of region.costs.deductions) for (const id of deduction.categories ?? []) ids.add(id);
  return ids;
}

/**
 * What the "What you bought" menu offers for a region: the standard window first, then the rest by name.
 * Build time only (it reads the whole category catalogue): the result travels in the region's checker JSON.
 */
export function categoryChoices(region: Pick<RegionData, 'categoryRules' | 'holidayWindows' | 'statutoryRights' | 'costs'>): CategoryChoice[] {
  const ids = regionCategoryIds(region);
  for (const id of ALWAYS_OFFERED) ids.add(id);
  ids.delete('standard');
  const rest = [...ids].map((id) => ({ id, label: CATEGORIES[id].label })).sort((a, b) => a.label.localeCompare(b.label, 'en'));
  return [{ id: 'standard', label: STANDARD_CHOICE_LABEL }, ...rest];
}

