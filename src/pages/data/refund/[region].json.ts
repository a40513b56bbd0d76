import { regionJsonRoute } from '../../../site/regionJsonRoute';
import { compileRefundRegion } from '../../../tools/refund/compile/compileRefundRegion';

/**
 * /data/refund/<region>.json: the refund facts of one region for the refund estimator, fetched when a reader
 * picks the region (with /holidays/<region>.json), so no page carries every region's data.
 */
export const prerender = true;

export const { getStaticPaths, GET } = regionJsonRoute((entry) => compileRefundRegion(entry.id, entry.data));
