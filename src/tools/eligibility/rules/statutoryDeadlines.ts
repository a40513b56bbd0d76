import type { CategoryId } from '../../../model/vocabulary/categories';
import type { EligibilityRegion, Right } from './eligibilityRegion';
import { inForce } from '../../../model/validity';
import { periodEnd, weekendsOnly } from '../../../time/period';
import type { DatedRule, EligibilityInput, Reason, RuleKind } from './types';
import { fill, shortDate } from './wording';

export interface LegalRight {
  right: Right;
  /** Last day of the right's period, counted from delivery; none when the law gives no fixed period. */
  rule?: DatedRule | undefined;
  reason: Reason;
}

export interface StatutoryDeadlines {
  /** The right to cancel (EU, UK, Mexico), unless an exception covers the item. */
  withdrawal?: LegalRight | undefined;
  /** The exception that takes the right to cancel away from this item. */
  withdrawalExcludedBy?: Reason | undefined;
  /** What happens after you cancel: the deadline to send the goods back and who pays. */
  afterCancelling: Reason[];
  /** Faulty goods: the short-term right to reject, the legal guarantee, the ACL's remedies. */
  faulty: LegalRight[];
  /** Japan: a right to return only where the shop shows no return terms, and no cooling-off period. */
  fallback: LegalRight[];
  /** The region's data says no general right is published. */
  notPublished?: Reason | undefined;
}

/**
 * Whether a right can bear on a kind of item: an exception to the right to cancel only where it names the item, any
 * other right unless it leaves the item out. The checker's file for one kind of item keeps these rights only.
 */
export function rightBearsOn(right: Pick<Right, 'kind' | 'excludedCategories'>, category: CategoryId): boolean {
  return right.kind === 'withdrawal-exception' ? right.excludedCategories?.includes(category) === true : !right.excludedCategories?.includes(category);
}

function exceptionFor(region: Pick<EligibilityRegion, 'rights'>, category: CategoryId, orderDate: string): Right | undefined {
  return region.rights.find((right) => right.kind === 'withdrawal-exception' && rightBearsOn(right, category) && inForce(right, orderDate));
}

/** True when the law lets shops refuse a change-of-mind return of this category (personalised goods in the EU). */
export function lawExcludes(region: Pick<EligibilityRegion, 'rights'>, category: CategoryId, orderDate: string): boolean {
  return exceptionFor(region, category, orderDate) !== undefined;
}

/** Deadlines and rights the law gives for this order, each counted from delivery where the law gives a period. */
export function statutoryDeadlines(input: EligibilityInput, region: EligibilityRegion): StatutoryDeadlines {
  const orderDate = input.ordered ?? input.delivered;
  const result: StatutoryDeadlines = { afterCancelling: [], faulty: [], fallback: [], notPublished: region.rightsMissing };
  const excludedBy = exceptionFor(region, input.category, orderDate);
  for (const right of region.rights) {
    if (!inForce(right, orderDate) || !rightBearsOn(right, input.category)) continue;
    switch (right.kind) {
      case 'withdrawal':
        if (excludedBy) result.withdrawalExcludedBy = excludedBy.reason;
        else result.withdrawal ??= dated(input, region, right, 'withdrawal');
        break;
      case 'return-deadline':
        result.afterCancelling.push(right.reason);
        break;
      case 'faulty-goods':
      case 'legal-guarantee':
        result.faulty.push(dated(input, region, right, right.kind));
        break;
      case 'statutory-return':
      case 'no-cooling-off':
        result.fallback.push(dated(input, region, right, 'statutory-return'));
        break;
      default:
        break;
    }
  }
  return result;
}

function dated(input: EligibilityInput, region: EligibilityRegion, right: Right, kind: RuleKind): LegalRight {
  const date = right.period ? periodEnd(input.delivered, right.period, weekendsOnly(region.weekend)) : undefined;
  if (!date) return { right, reason: right.reason };
  const until = shortDate(date, region);
  return {
    right,
    rule: { date, kind, label: right.label, detail: fill(right.detail ?? '', { delivered: shortDate(input.delivered, region) }), source: right.reason.source, reported: right.reason.reported },
    reason: { ...right.reason, text: fill(right.reason.text, { until }) },
  };
}
