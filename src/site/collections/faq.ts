import { getCollection, type CollectionEntry } from 'astro:content';
import { TOPICS, TOPIC_IDS, type Topic } from '../../model/vocabulary/topics';

export type FaqEntry = CollectionEntry<'faq'>;

export interface FaqGroup {
  topic: Topic;
  label: string;
  entries: FaqEntry[];
}

/** FAQ entries grouped by topic, in the topics' order, each group sorted by `order` then question. */
export async function faqGroups(): Promise<FaqGroup[]> {
  const entries = await getCollection('faq');
  return TOPIC_IDS.map((topic) => ({
    topic,
    label: TOPICS[topic],
    entries: entries
      .filter((entry) => entry.data.topic === topic)
      .sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title)),
  })).filter((group) => group.entries.length > 0);
}

/** The anchor of an entry on /faq/: its file name, which editors choose and keep stable. */
export function faqAnchor(entry: FaqEntry): string {
  return entry.id;
}

/** The first question of each topic: the ones readers ask most are ordered first by editors. */
export async function popularQuestions(limit = 6): Promise<FaqEntry[]> {
  const groups = await faqGroups();
  return groups.flatMap((group) => group.entries.slice(0, 1)).slice(0, limit);
}
