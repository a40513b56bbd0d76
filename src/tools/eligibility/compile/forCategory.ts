import type { CategoryId } from '../../../model/vocabulary/categories';
import { appliesTo, forCategory } from '../rules/byCategory';
import type { EligibilityMenu, EligibilityRegion, Season } from '../rules/eligibilityRegion';
import { isRenewed } from '../rules/renewedGuarantee';
import { rightBearsOn } from '../rules/statutoryDeadlines';

/**
 * What the checker's form needs before a kind of item is chosen: the region's menu, with the locale its error messages
 * write dates in. Served as /data/eligibility/<id>.json.
 */
export function eligibilityMenu(region: EligibilityRegion): EligibilityMenu {
  return { id: region.id, locale: region.locale, categories: region.categories };
}

/**
 * The region's checker data with only what can bear on one kind of item: its own window rules, its deadline in each
 * holiday season (or that the season does not cover it), whether shops treat it apart, the rights that are not taken
 * away from it (and the exception that takes the right to cancel away, if one does), the costs and deductions that
 * apply to it, and the Renewed guarantee only for Renewed items. Every answer for that item comes out the same as from
 * the whole region (a test compares them for every region and kind of item). Served as
 * /data/eligibility/<id>/<category>.json, so a first answer downloads one kind of item's rules.
 */
export function eligibilityForCategory(region: EligibilityRegion, category: CategoryId): EligibilityRegion {
  const { renewed, apart, ...rest } = region;
  return {
    ...rest,
    ...(apart?.includes(category) ? { apart: [category] } : {}),
    categories: region.categories.filter((choice) => choice.id === 'standard' || choice.id === category),
    rules: region.rules.filter((rule) => rule.category === category),
    seasons: region.seasons.map((season) => seasonFor(season, category)),
    rights: region.rights.filter((right) => rightBearsOn(right, category)),
    costs: region.costs.filter((cost) => appliesTo(cost.categories, category)),
    deductions: region.deductions.filter((deduction) => appliesTo(deduction.categories, category)),
    ...(isRenewed({ category }) ? { renewed } : {}),
  };
}

function seasonFor(season: Season, category: CategoryId): Season {
  if (season.published) {
    const deadline = season.deadlines[forCategory(season.byCategory, category) ?? -1];
    const { notCovered, ...covered } = season;
    return deadline ? { ...covered, deadlines: [deadline], byCategory: { others: 0 } } : { ...season, deadlines: [], byCategory: { others: null } };
  }
  if (!season.likely) return season;
  return { ...season, likely: { ...season.likely, byCategory: { others: forCategory(season.likely.byCategory, category) ?? null } } };
}
