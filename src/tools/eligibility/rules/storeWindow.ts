import { formatDays } from '../../../model/format';
import { addDays } from '../../../time/addDays';
import type { CivilDate } from '../../../time/civilDate';
import type { EligibilityRegion, SoldBy, WindowRule } from './eligibilityRegion';
import { inForce } from '../../../model/validity';
import { treatedApart } from './treatedApart';
import { lawExcludes } from './statutoryDeadlines';
import type { DatedRule, EligibilityInput, Reason, SellerKind } from './types';
import { categoryLabel, shortDate } from './wording';
import { lowerFirst } from '../../../model/case';
import { NOT_IN_OUR_SOURCES_CHECK } from '../../../model/missing';

/** Amazon's own window for this item, before any holiday extension or legal right. */
export type StoreWindow =
  | {
      kind: 'window';
      rule: DatedRule;
      fact: WindowRule;
      /** Other rules for the same category that cover other items (the $3-or-less Haul items). */
      others: WindowRule[];
      reason: Reason;
    }
  | { kind: 'not-returnable'; fact: WindowRule; others: WindowRule[]; reason: Reason }
  | { kind: 'not-published'; reason: Reason };

/** The order date the rules go by: the one given, else the delivery date. */
export function orderDateOf(input: Pick<EligibilityInput, 'ordered' | 'delivered'>): CivilDate {
  return input.ordered ?? input.delivered;
}

/** Does a rule for `soldBy` cover an item from this seller? A rule without `soldBy` covers everyone. */
export function coversSeller(soldBy: SoldBy | undefined, seller: SellerKind): boolean {
  if (soldBy === 'amazon') return seller === 'amazon';
  if (soldBy === 'sellers') return seller !== 'amazon';
  return true;
}

/**
 * The category's own rules in force for the order and the seller (the longest window wins; the others are stated),
 * else the standard window, else "not published". Items shops commonly treat apart (food, downloads, made to order)
 * never fall back to the standard window.
 */
export function storeWindow(input: EligibilityInput, region: EligibilityRegion): StoreWindow {
  const label = categoryLabel(region, input.category);
  const orderDate = orderDateOf(input);
  const rows = region.rules.filter((rule) => rule.category === input.category && inForce(rule, orderDate) && coversSeller(rule.soldBy, input.seller));

  if (rows.length > 0) {
    const best = rows.filter((rule) => rule.days !== undefined).sort((a, b) => (b.days ?? 0) - (a.days ?? 0))[0];
    if (best) return { kind: 'window', fact: best, others: rows.filter((rule) => rule !== best), rule: datedRule(input, region, best, 'category'), reason: best.reason };
    const [first, ...others] = rows as [WindowRule, ...WindowRule[]];
    return { kind: 'not-returnable', fact: first, others, reason: first.reason };
  }

  if (input.category !== 'standard' && (treatedApart(region, input.category) || lawExcludes(region, input.category, orderDate))) {
    return {
      kind: 'not-published',
      reason: { text: `Our sources do not say whether ${region.store} takes back ${lowerFirst(label)}: ${NOT_IN_OUR_SOURCES_CHECK} before you send it.`, source: region.helpPage, reported: false },
    };
  }
  const standard = region.standard;
  if ('missing' in standard) return { kind: 'not-published', reason: standard.missing };
  if (!coversSeller(standard.soldBy, input.seller)) {
    return {
      kind: 'not-published',
      reason: {
        ...standard.reason,
        text: `${region.store}'s ${formatDays(standard.days ?? 0)} window is ${standard.reason.reported ? 'reportedly ' : ''}for items sold by Amazon; our sources do not give a window for marketplace sellers yet, so check the seller's return policy on your order.`,
      },
    };
  }
  const fallback = input.category === 'standard' ? '' : ` Our sources give no separate rule for ${lowerFirst(label)}, so this window applies.`;
  return { kind: 'window', fact: standard, others: [], rule: datedRule(input, region, standard, 'standard'), reason: { ...standard.reason, text: `${standard.reason.text}${fallback}` } };
}

function datedRule(input: EligibilityInput, region: EligibilityRegion, fact: WindowRule, kind: 'category' | 'standard'): DatedRule {
  const days = fact.days ?? 0;
  const from = fact.fromOrder ? orderDateOf(input) : input.delivered;
  const unstated = fact.startUnstated ? '; the source does not say when the window starts, so we count from delivery' : '';
  return {
    date: addDays(from, days),
    kind,
    label: fact.category === 'standard' ? 'Standard return window' : `Return window for ${lowerFirst(categoryLabel(region, fact.category))}`,
    detail: `${formatDays(days)} from ${fact.fromOrder ? 'the order date' : 'delivery'} (${shortDate(from, region)})${unstated}.`,
    source: fact.reason.source,
    reported: fact.reason.reported,
  };
}
