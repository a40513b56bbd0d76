import { checkPageOf, isNotPublished, sourceOf } from '../../model/regionFacts';
import { formatRange } from '../../model/format';
import { NOT_IN_OUR_SOURCES } from '../../model/missing';
import { PAYMENT_METHODS } from '../../model/vocabulary/paymentMethods';
import { FULFILLED_BY } from '../../model/vocabulary/regionVocabulary';
import { marketplaceFirst, scopeLabel } from '../../model/scope';
import type { Confidence, RegionData, RegionSource } from '../../model/types';

/**
 * A region's refund times by payment method, as table rows: one row per figure in `refund.paymentTimes`
 * (marketplace figures first, then Amazon Global Store ones), "not published" rows where the data says so.
 * The refund estimator shows it without JavaScript; any page can render it.
 */
export interface RefundTimeRow {
  /** "Credit card", or "Every payment method" for a figure without a method. */
  method: string;
  /** Which orders the row covers when the data splits them: "Shipped by Amazon", "Refunded to: Bank account". */
  qualifiers: string[];
  /** "3–5 business days", "immediately" or "not published". */
  time: string;
  published: boolean;
  /** The source of a published figure, or the official page to check for an unpublished one. */
  source: RegionSource;
  confidence?: Confidence | undefined;
  note?: string | undefined;
}

export const EVERY_METHOD = 'Every payment method';

export function refundTimeRows(region: Pick<RegionData, 'refund' | 'sources' | 'marketplace'>): RefundTimeRow[] {
  const times = region.refund.paymentTimes;
  if (isNotPublished(times)) {
    return [{ method: EVERY_METHOD, qualifiers: [], time: NOT_IN_OUR_SOURCES, published: false, source: checkPageOf(region, times), note: times.note }];
  }
  return marketplaceFirst(times).map((entry): RefundTimeRow => {
    const qualifiers: string[] = [];
    const scope = scopeLabel(entry);
    if (scope) qualifiers.push(scope);
    if ('fulfilledBy' in entry && entry.fulfilledBy) qualifiers.push(FULFILLED_BY[entry.fulfilledBy]);
    if ('refundedAs' in entry && entry.refundedAs) qualifiers.push(`Refunded to: ${PAYMENT_METHODS[entry.refundedAs].label}`);
    const method = entry.method ? PAYMENT_METHODS[entry.method].label : EVERY_METHOD;
    if (isNotPublished(entry)) {
      return { method, qualifiers, time: NOT_IN_OUR_SOURCES, published: false, source: checkPageOf(region, entry), note: entry.note };
    }
    return { method, qualifiers, time: formatRange(entry), published: true, source: sourceOf(region, entry), confidence: entry.confidence, note: entry.note };
  });
}
