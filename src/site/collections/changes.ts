import { getCollection, type CollectionEntry } from 'astro:content';

export type PolicyChange = CollectionEntry<'changes'>;

/** Every logged policy change, newest first. */
export async function allChanges(): Promise<PolicyChange[]> {
  const changes = await getCollection('changes');
  return changes.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}

/** The newest changes that affect one region. */
export async function changesForRegion(regionId: string, limit = 5): Promise<PolicyChange[]> {
  return (await allChanges()).filter((change) => change.data.regions.some((region) => region.id === regionId)).slice(0, limit);
}

export function changeAnchor(change: PolicyChange): string {
  return `change-${change.id}`;
}
