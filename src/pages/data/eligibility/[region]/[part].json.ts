import { regionPartsJsonRoute } from '../../../../site/regionJsonRoute';
import { compileEligibilityRegion, eligibilityForCategory } from '../../../../tools/eligibility';

/**
 * /data/eligibility/<region>/<category>.json: the region's checker rules that bear on one kind of item from its menu
 * (compile/forCategory.ts), so a first answer downloads that item's rules and not the whole region's.
 */
export const prerender = true;

export const { getStaticPaths, GET } = regionPartsJsonRoute((entry) => {
  const region = compileEligibilityRegion(entry.id, entry.data);
  return Object.fromEntries(region.categories.map((choice) => [choice.id, eligibilityForCategory(region, choice.id)]));
});
