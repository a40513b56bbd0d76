import { reviewRuleFor } from '../../src/model/reviewDue';
import { isReviewDue, reviewDueOn } from '../../src/time/reviewDueOn';
import type { WatchedSource } from './watchedSources';

/** A fact whose source is due for another reading (model/reviewDue.ts), or was never read. */
export interface DueFact {
  sourceId: string;
  file: string;
  path: string;
  shown: string;
  readOn: string | undefined;
  /** "every 6 months", "every year on 1 September" */
  rule: string;
  /** The day it fell due; undefined when the source has no readOn. */
  dueOn: string | undefined;
}

/** Every region fact resting (as its `source`) on a source due for review on `today`, in content order. */
export function dueFacts(sources: WatchedSource[], today: string): DueFact[] {
  const due: DueFact[] = [];
  for (const source of sources) {
    for (const citation of source.citations) {
      if (citation.linkOnly || !citation.kind) continue;
      for (const fact of citation.facts) {
        if (fact.via !== 'source') continue;
        const rule = reviewRuleFor(fact.field, citation.kind);
        if (citation.readOn && !isReviewDue(citation.readOn, today, rule)) continue;
        due.push({ sourceId: source.id, file: citation.file, path: fact.path, shown: fact.shown, readOn: citation.readOn, rule: rule.label, dueOn: citation.readOn ? reviewDueOn(citation.readOn, rule) : undefined });
      }
    }
  }
  return due;
}
