import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { compileSupportRegion, type SupportRegion } from '../../../tools/support';

/**
 * /data/support/<region>.json: the part of a region's data the support-message composer reads (names, currency, the
 * statutory rights a legal sentence rests on), written at build time; /contact/ fetches it when the reader picks the
 * region, the same scheme as the other two tools.
 */
export const prerender = true;

export const getStaticPaths = (async () => {
  const regions = await getCollection('regions');
  return regions.map((entry) => ({ params: { region: entry.id }, props: { data: compileSupportRegion(entry.id, entry.data) } }));
}) satisfies GetStaticPaths;

type Props = { data: SupportRegion };

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(JSON.stringify(props.data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
