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
  return { getStaticPaths, GET: jsonFile<Data>() };
}

/**
 * A `/<folder>/<region>/<part>.json` route: several files per region, one for each key of what `compile` returns
 * (the checker's rules for each kind of item). The page is named `[region]/[part].json.ts`.
 */
export function regionPartsJsonRoute<Data>(compile: (entry: Region) => Record<string, Data>) {
  const getStaticPaths = (async () =>
    (await allRegions()).flatMap((entry) => Object.entries(compile(entry)).map(([part, data]) => ({ params: { region: entry.id, part }, props: { data } })))) satisfies GetStaticPaths;
  return { getStaticPaths, GET: jsonFile<Data>() };
}

function jsonFile<Data>(): APIRoute<{ data: Data }> {
  return ({ props }) => new Response(JSON.stringify(props.data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
