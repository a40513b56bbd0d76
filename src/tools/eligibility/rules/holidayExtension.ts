import { addDays } from '../../../time/addDays';
import type { CivilDate } from '../../../time/civilDate';
import { max } from '../../../time/compare';
import { forCategory } from './byCategory';
import type { EligibilityRegion, LikelyDeadline, Season } from './eligibilityRegion';
import { coversSeller, orderDateOf, type StoreWindow } from './storeWindow';
import type { DatedRule, EligibilityInput, Reason } from './types';
import { categoryLabel, fill } from './wording';
import { lowerFirst } from '../../../model/case';

/** What the holiday season does for this order. */
export type HolidayExtension =
  | { kind: 'extension'; rule: DatedRule; reason: Reason }
  /** The season's dates are not in our sources for the time of the order. */
  | { kind: 'not-published'; reason: Reason }
  /**
   * The season's dates are not in our sources, but the region extended returns for orders of this period in the
   * seasons on file: an extension is probable until about `likelyUntil` (never shown as a date).
   */
  | { kind: 'probable'; season: number; likelyUntil: CivilDate; reason: Reason; onFile: Reason[]; seasons: number[] }
  /** A season covers the order, but not this item or this kind of seller: said, not counted. */
  | { kind: 'not-applied'; reason: Reason }
  | { kind: 'none' };

/**
 * The holiday return window for an order placed on the order date (the delivery date when none was given):
 * "return by <date>", or "<date> or N days after receipt (or purchase), whichever is later". A category variant
 * (Apple in the US, electronics in Germany) replaces the season's own date. Items that cannot be returned get no
 * extension, nor do items without a known window; a season that does not say it covers third-party sellers is
 * not counted for them.
 */
export function holidayExtension(input: EligibilityInput, region: EligibilityRegion, store: StoreWindow): HolidayExtension {
  const orderDate = orderDateOf(input);
  const season =
    region.seasons.find((item) => item.published && item.purchasedFrom <= orderDate && orderDate <= item.purchasedTo) ??
    region.seasons.find((item) => !item.published && item.purchasedFrom <= orderDate && orderDate <= item.purchasedTo);
  if (!season) return { kind: 'none' };
  if (!season.published) return probableExtension(input, season, store) ?? { kind: 'not-published', reason: season.reason };
  if (store.kind === 'not-returnable') return { kind: 'none' };
  const unknown = store.kind === 'not-published';
  const label = lowerFirst(categoryLabel(region, input.category));
  const index = forCategory(season.byCategory, input.category);
  const deadline = index === undefined ? undefined : season.deadlines[index];
  const { notCovered } = season;
  if (!deadline) return notCovered ? { kind: 'not-applied', reason: { ...notCovered, text: fill(notCovered.text, { label }) } } : { kind: 'none' };

  const date = lastDay(deadline, input);
  // An extension that ends before the item even arrived extends nothing: the item's own window applies.
  if (date < input.delivered) return { kind: 'none' };
  const reason = { ...deadline.reason, text: fill(deadline.reason.text, { label }) };

  if (!coversSeller(season.soldBy ?? 'amazon', input.seller)) {
    return { kind: 'not-applied', reason: { ...reason, text: `${reason.text} Our source does not say that third-party sellers extend their returns too, so we did not count it: ask the seller.` } };
  }
  // An extension stretches a window; where our sources give this item no window, there is nothing to stretch.
  if (unknown) return { kind: 'not-applied', reason: { ...reason, text: `${reason.text} Our sources give no return window for this item, so we did not count it.` } };
  return {
    kind: 'extension',
    rule: { date, kind: 'holiday', label: 'Holiday return window', detail: deadline.detail, source: reason.source, reported: reason.reported },
    reason,
  };
}

/**
 * A season whose dates are not in our sources, for an order the seasons on file would have covered: probable when the
 * item has a window of its own to stretch, the latest season on file covered this item and this kind of seller, and
 * its deadline moved to this year is still ahead (counting "N days after receipt" as it did).
 */
function probableExtension(input: EligibilityInput, season: Extract<Season, { published: false }>, store: StoreWindow): HolidayExtension | undefined {
  const likely = season.likely;
  const orderDate = orderDateOf(input);
  if (!likely || store.kind !== 'window' || orderDate < likely.purchasedFrom || orderDate > likely.purchasedTo) return undefined;
  if (!coversSeller(likely.soldBy ?? 'amazon', input.seller)) return undefined;
  const deadline = forCategory(likely.byCategory, input.category);
  if (!deadline) return undefined;
  const likelyUntil = lastDay(deadline, input);
  if (likelyUntil < input.today) return undefined;
  return {
    kind: 'probable',
    season: season.season,
    likelyUntil,
    reason: season.reason,
    onFile: likely.onFile.map((item) => item.reason),
    seasons: likely.onFile.map((item) => item.season),
  };
}

/** A season's last day for this order: its return-by date, or N days after receipt or purchase, whichever is later. */
function lastDay(deadline: LikelyDeadline, input: EligibilityInput): CivilDate {
  const dates: CivilDate[] = [deadline.returnBy as CivilDate];
  if (deadline.orDaysAfterReceipt !== undefined) dates.push(addDays(input.delivered, deadline.orDaysAfterReceipt));
  if (deadline.orDaysAfterPurchase !== undefined) dates.push(addDays(orderDateOf(input), deadline.orDaysAfterPurchase));
  const [first, ...rest] = dates as [CivilDate, ...CivilDate[]];
  return max(first, ...rest);
}
