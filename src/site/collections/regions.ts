import { getCollection, type CollectionEntry } from 'astro:content';

export type Region = CollectionEntry<'regions'>;

/** Every region, by name. */
export async function allRegions(): Promise<Region[]> {
  const regions = await getCollection('regions');
  return regions.sort((a, b) => a.data.name.localeCompare(b.data.name));
}
