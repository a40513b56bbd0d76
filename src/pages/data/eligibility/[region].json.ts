import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { compileEligibilityRegion, type EligibilityRegion } from '../../../tools/eligibility';

/**
 * /data/eligibility/<region>.json: the part of a region's data the eligibility checker reads, written at build time
 * so the page fetches one small file for the region the reader picks instead of carrying every region's data.
 */
export const prerender = true;

export const getStaticPaths = (async () => {
  const regions = await getCollection('regions');
  return regions.map((entry) => ({ params: { region: entry.id }, props: { data: compileEligibilityRegion(entry.id, entry.data) } }));
}) satisfies GetStaticPaths;

type Props = { data: EligibilityRegion };

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(JSON.stringify(props.data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
