import { regionJsonRoute } from '../../../site/regionJsonRoute';
import { compileSupportRegion } from '../../../tools/support';

/**
 * /data/support/<region>.json: the part of a region's data the support-message composer reads (names, currency, the
 * statutory rights a legal sentence rests on), written at build time; /contact/ fetches it when the reader picks the
 * region, the same scheme as the other two tools.
 */
export const prerender = true;

export const { getStaticPaths, GET } = regionJsonRoute((entry) => compileSupportRegion(entry.id, entry.data));
