import { appliesTo } from './byCategory';
import type { EligibilityRegion } from './eligibilityRegion';
import type { StoreWindow } from './storeWindow';
import { FAULTY_CONDITIONS, type CostLine, type EligibilityInput } from './types';

/**
 * What the return can cost, as the region's data says: the share of the price refunded, when returns are free,
 * label fees and deductions. A change of mind lists every fee and deduction that can apply to this item;
 * a damaged, faulty or wrong item lists when returns are free. Missing data reads "not published".
 */
export function returnCosts(input: EligibilityInput, region: EligibilityRegion, store: StoreWindow): CostLine[] {
  const lines: CostLine[] = [];
  const faulty = FAULTY_CONDITIONS.has(input.condition);
  const opened = input.condition !== 'unopened';
  if (!faulty && store.kind === 'window') {
    const when = opened ? 'opened' : 'unopened';
    const share = store.fact.refundShare?.[when];
    if (share !== undefined) {
      const { source, reported } = store.fact.reason;
      lines.push({ kind: 'refund-share', text: `Refund: ${share}% of the price for an ${when} item.`, source, reported });
    }
  }
  for (const { when, categories, ...cost } of region.costs) {
    if (!appliesTo(categories, input.category)) continue;
    const applies = when === 'always' || (!faulty && (when === 'change-of-mind' || (when === 'opened-or-used' && opened) || (when === 'used' && input.condition === 'used')));
    if (applies) lines.push(cost);
  }
  return lines;
}
