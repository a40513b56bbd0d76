import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { generateHolidayData, holidayRegionOf, type HolidayRegion } from '../../site/generateHolidays';

/**
 * /holidays/<region>.json: the region's national public holidays for last year through three years ahead,
 * written at build time so date-holidays never reaches the browser. One file per entry in the regions collection.
 */
export const prerender = true;

export const getStaticPaths = (async () => {
  const regions = await getCollection('regions');
  return regions.map((entry) => ({ params: { region: entry.id }, props: { region: holidayRegionOf(entry) } }));
}) satisfies GetStaticPaths;

type Props = { region: HolidayRegion };

export const GET: APIRoute<Props> = ({ props }) => {
  const data = generateHolidayData(props.region, new Date().getUTCFullYear());
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
