import { regionJsonRoute } from '../../../site/regionJsonRoute';
import { compileEligibilityRegion, eligibilityMenu } from '../../../tools/eligibility';

/**
 * /data/eligibility/<region>.json: what the eligibility checker's form needs once a region is picked (its menu of
 * kinds of item), written at build time so the page fetches one small file for that region. The rules for each kind
 * of item are beside it, in /data/eligibility/<region>/<category>.json.
 */
export const prerender = true;

export const { getStaticPaths, GET } = regionJsonRoute((entry) => eligibilityMenu(compileEligibilityRegion(entry.id, entry.data)));
