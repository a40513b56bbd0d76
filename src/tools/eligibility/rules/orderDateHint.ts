import { addDays } from '../../../time/addDays';
import type { CivilDate } from '../../../time/civilDate';
import type { CategoryId } from '../../../model/vocabulary/categories';
import type { EligibilityRegion } from './eligibilityRegion';
import { categoryLabel, shortDate } from './wording';
import { lowerFirst } from '../../../model/case';

/** How long before delivery an order is looked for: most orders arrive well within two months. */
export const ORDER_LOOKBACK_DAYS = 60;

/**
 * Why the order date could change the answer for an item delivered on `delivered`, or undefined when it cannot:
 * a holiday season, or a change of the category's window, falls within the weeks before delivery.
 */
export function orderDateHint(region: EligibilityRegion, category: CategoryId, delivered: CivilDate): string | undefined {
  const earliest = addDays(delivered, -ORDER_LOOKBACK_DAYS);
  for (const season of region.seasons) {
    if (!season.published) continue;
    const from = season.purchasedFrom as CivilDate;
    const to = season.purchasedTo as CivilDate;
    if (from <= delivered && to >= earliest && !(from <= earliest && to >= delivered)) {
      return `Orders placed from ${shortDate(from, region)} to ${shortDate(to, region)} have a holiday return window on ${region.store}: enter the order date to check it.`;
    }
  }
  for (const rule of region.rules) {
    if (rule.category !== category) continue;
    if (rule.fromOrder) return `${region.store} counts this window from the order date: enter it.`;
    const change = [rule.validFrom, rule.validTo === undefined ? undefined : addDays(rule.validTo as CivilDate, 1)].find(
      (date): date is CivilDate => date !== undefined && earliest < date && date <= delivered,
    );
    if (change) return `${region.store}'s window for ${lowerFirst(categoryLabel(region, category))} changed for orders from ${shortDate(change, region)}: enter the order date.`;
  }
  return undefined;
}
