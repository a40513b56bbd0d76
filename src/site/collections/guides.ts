import { getCollection, type CollectionEntry } from 'astro:content';

export type Guide = CollectionEntry<'guides'>;

/** The return journey, in step order. */
export async function returnSteps(): Promise<Guide[]> {
  const guides = await getCollection('guides', (guide) => guide.data.step !== undefined);
  return guides.sort((a, b) => (a.data.step ?? 0) - (b.data.step ?? 0));
}

/** Articles on one topic that are not a step of the journey, by title. */
export async function topicArticles(): Promise<Guide[]> {
  const guides = await getCollection('guides', (guide) => guide.data.step === undefined);
  return guides.sort((a, b) => a.data.title.localeCompare(b.data.title));
}
