import { formatDays } from '../../../model/format';
import { appliesTo } from './byCategory';
import type { ApplicableWindows } from './applicableWindows';
import type { EligibilityRegion } from './eligibilityRegion';
import { FAULTY_CONDITIONS, type EligibilityInput, type Reason } from './types';
import { categoryLabel } from './wording';
import { lowerFirst } from '../../../model/case';

/**
 * What stands between the reader and a full refund while the item can still go back: a replacement instead of a
 * refund, a window that covers only some items of the category, a reduced refund for an opened item, restocking or
 * damage deductions, a label fee for a change of mind, and what the law makes you answer for after cancelling.
 */
export function returnConditions(input: EligibilityInput, region: EligibilityRegion, windows: ApplicableWindows): Reason[] {
  const { store, law } = windows;
  const conditions: Reason[] = [];
  const changeOfMind = !FAULTY_CONDITIONS.has(input.condition);
  const opened = input.condition !== 'unopened';

  if (store.kind === 'window') {
    const rule = store.fact;
    if (rule.replacementOnly) conditions.push(rule.replacementOnly);
    const items = (fact: typeof rule) => fact.items ?? lowerFirst(categoryLabel(region, fact.category));
    for (const other of store.others) {
      const what = other.days === undefined ? 'cannot be returned' : `have ${formatDays(other.days)}`;
      conditions.push({ ...other.reason, text: `This window is for ${items(rule)}; ${items(other)} ${other.reason.reported ? 'reportedly ' : ''}${what}.` });
    }
    const when = opened ? 'opened' : 'unopened';
    const share = rule.refundShare?.[when];
    if (changeOfMind && share !== undefined && share < 100) {
      conditions.push({ ...rule.reason, text: `${region.store} ${rule.reason.reported ? 'reportedly ' : ''}refunds only ${share}% of the price for an ${when} item you return because you changed your mind.`, note: undefined });
    }
  }

  if (changeOfMind) {
    for (const deduction of region.deductions) {
      if (!appliesTo(deduction.categories, input.category)) continue;
      if ((deduction.when === 'opened-or-used' && opened) || (deduction.when === 'used' && input.condition === 'used')) conditions.push(deduction.reason);
    }
    if (region.labelFee) conditions.push(region.labelFee);
    if (input.condition === 'used' && law.withdrawal) conditions.push(...law.afterCancelling);
  }
  return conditions;
}
