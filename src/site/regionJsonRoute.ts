import type { APIRoute, GetStaticPaths } from 'astro';
import { allRegions, type Region } from './collections/regions';

/**
 * A `/<folder>/<region>.json` route: one file per region, holding what `compile` makes of the region's entry,
 * written at build time so a page fetches the one region its reader picks (the tools' data, the holiday lists).
 * A page under src/pages/ exports `prerender = true` and the two functions this returns.
 */
export function regionJsonRoute<Data>(compile: (entry: Region) => Data) {
  const getStaticPaths = (async () =>
    (await allRegions()).map((entry) => ({ params: { region: entry.id }, props: { data: compile(entry) } }))) satisfies GetStaticPaths;
  const GET: APIRoute<{ data: Data }> = ({ props }) =>
    new Response(JSON.stringify(props.data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  return { getStaticPaths, GET };
}
