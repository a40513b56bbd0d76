import { regionJsonRoute } from '../../../site/regionJsonRoute';
import { compileEligibilityRegion } from '../../../tools/eligibility';

/**
 * /data/eligibility/<region>.json: the part of a region's data the eligibility checker reads, written at build time
 * so the page fetches one small file for the region the reader picks instead of carrying every region's data.
 */
export const prerender = true;

export const { getStaticPaths, GET } = regionJsonRoute((entry) => compileEligibilityRegion(entry.id, entry.data));
