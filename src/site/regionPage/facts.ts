import type { RegionData } from '../../model/types';
import { walkFacts } from '../../model/walkFacts';

/**
 * What the region page must account for: every source a fact, a "check at" link or a law reference cites, and
 * whether any fact is only `reported`.
 */

/** Ids of every source the data cites (`source`, `checkAt`, `law`, and the returns help page), in first-cited order. */
export function citedSourceIds(region: RegionData): string[] {
  const ids = new Set<string>([region.returnsHelpPage]);
  walkFacts(region, (node) => {
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
  walkFacts(region, (node) => {
    if (typeof node.source === 'string' && node.confidence === 'reported') found = true;
  });
  return found;
}
