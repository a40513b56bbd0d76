import { weekendIsoDays } from '../../../model/regionFacts';
import type { RegionData } from '../../../model/types';
import { categoryChoices } from './categoryChoices';
import type { EligibilityRegion } from '../rules/eligibilityRegion';
import { sourceLink, storeName } from './cite';
import { englishLocale } from '../../../model/locale';
import { compileAToZ } from './compileAToZ';
import { NOT_ASSUMED_STANDARD } from '../rules/notAssumedStandard';
import { compileCosts } from './compileCosts';
import { compileRenewed, compileRights } from './compileRights';
import { compileSeasons } from './compileSeasons';
import { compileRule, compileStandard } from './compileWindows';

/**
 * The checker's view of a region, written at build time from its validated data: the rules it needs with every
 * sentence that does not depend on the reader's answers. Served in parts (./forCategory.ts): the menu as
 * /data/eligibility/<id>.json, the rules for each kind of item as /data/eligibility/<id>/<category>.json.
 */
export function compileEligibilityRegion(id: string, data: RegionData): EligibilityRegion {
  const categories = categoryChoices(data);
  return {
    id,
    name: data.name,
    store: storeName(data),
    locale: englishLocale(data.locale),
    weekend: weekendIsoDays(data),
    helpPage: sourceLink(data, data.returnsHelpPage),
    categories,
    apart: [...NOT_ASSUMED_STANDARD],
    rules: data.categoryRules.map((rule) => compileRule(data, rule)),
    standard: compileStandard(data),
    seasons: compileSeasons(data, categories),
    ...compileRights(data),
    renewed: compileRenewed(data),
    aToZ: compileAToZ(data),
    ...compileCosts(data),
  };
}
