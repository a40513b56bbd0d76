import { isNotPublished } from '../../../model/regionFacts';
import { A_TO_Z_FROM } from '../../../model/vocabulary/regionVocabulary';
import type { RegionData } from '../../../model/types';
import type { Reason } from '../rules/types';
import { formatDays } from '../../../model/format';
import { factReason, notPublishedReason, reportedly, storeName } from './cite';

/** What the A-to-z Guarantee offers a buyer from a third-party seller on this marketplace, or that it is not published. */
export function compileAToZ(region: Pick<RegionData, 'aToZ' | 'marketplace' | 'sources' | 'returnsHelpPage'>): Reason[] {
  const store = storeName(region);
  const guarantee = region.aToZ;
  if (isNotPublished(guarantee)) return [notPublishedReason(region, guarantee)];
  const reasons: Reason[] = [];
  if (guarantee.coverage) {
    reasons.push(factReason(region, guarantee.coverage, `${store}'s A-to-z Guarantee ${reportedly(region, guarantee.coverage)}covers you when a third-party seller does not put things right. ${guarantee.coverage.summary}`));
  }
  const { claimWindow, waitBeforeClaim } = guarantee;
  if (claimWindow) {
    reasons.push(factReason(region, claimWindow, `An A-to-z claim ${claimWindow.confidence === 'reported' ? 'is reported to be due' : 'is due'} within ${formatDays(claimWindow.days)} of ${A_TO_Z_FROM[claimWindow.from]}.`));
  }
  if (reasons.length === 0 && waitBeforeClaim) {
    reasons.push(factReason(region, waitBeforeClaim, `${store} ${reportedly(region, waitBeforeClaim)}has an A-to-z Guarantee for orders from third-party sellers; contact the seller first.`));
  }
  return reasons;
}
