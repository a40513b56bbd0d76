import type { RegionData } from '../../model/types';

/**
 * Walks a region's data for what the page must account for: every source a fact, a "check at" link or a law
 * reference cites, and whether any fact is only `reported`.
 */
function visit(value: unknown, onNode: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) visit(item, onNode);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const node = value as Record<string, unknown>;
  onNode(node);
  for (const item of Object.values(node)) visit(item, onNode);
}

function withoutSources(region: RegionData): Omit<RegionData, 'sources'> {
  const { sources: _sources, ...rest } = region;
  return rest;
}

/** Ids of every source the data cites (`source`, `checkAt`, `law`, and the returns help page), in first-cited order. */
export function citedSourceIds(region: RegionData): string[] {
  const ids = new Set<string>([region.returnsHelpPage]);
  visit(withoutSources(region), (node) => {
    for (const key of ['source', 'checkAt', 'law'] as const) {
      const id = node[key];
      if (typeof id === 'string') ids.add(id);
    }
  });
  return [...ids];
}

/** True when at least one fact is `reported` (read in a copy or a report, not on the official page). */
export function hasReportedFact(region: RegionData): boolean {
  let found = false;
  visit(withoutSources(region), (node) => {
    if (typeof node.source === 'string' && node.confidence === 'reported') found = true;
  });
  return found;
}
