import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { compileRefundRegion } from '../../../tools/refund/compile/compileRefundRegion';
import type { RefundRegion } from '../../../tools/refund/rules/types';

/**
 * /data/refund/<region>.json: the refund facts of one region for the refund estimator, fetched when a reader
 * picks the region (with /holidays/<region>.json), so no page carries every region's data.
 */
export const prerender = true;

export const getStaticPaths = (async () => {
  const regions = await getCollection('regions');
  return regions.map((entry) => ({ params: { region: entry.id }, props: { region: compileRefundRegion(entry.id, entry.data) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ region: RefundRegion }> = ({ props }) =>
  new Response(JSON.stringify(props.region), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
