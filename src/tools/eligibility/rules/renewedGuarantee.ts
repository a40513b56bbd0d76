import type { EligibilityRegion } from './eligibilityRegion';
import { periodEnd, weekendsOnly } from '../../../time/period';
import type { DatedRule, EligibilityInput, Reason } from './types';
import { fill, shortDate } from './wording';

export function isRenewed(input: Pick<EligibilityInput, 'category'>): boolean {
  return input.category === 'renewed' || input.category === 'renewed-premium';
}

/** The Amazon Renewed Guarantee for a Renewed item, counted from delivery; undefined for other items. */
export function renewedGuarantee(input: EligibilityInput, region: EligibilityRegion): { rule?: DatedRule | undefined; reason: Reason } | undefined {
  const guarantee = region.renewed;
  if (!isRenewed(input) || !guarantee) return undefined;
  if ('missing' in guarantee) return { reason: guarantee.missing };
  const date = periodEnd(input.delivered, guarantee.period, weekendsOnly(region.weekend));
  if (!date) return { reason: guarantee.reason };
  return {
    reason: { ...guarantee.reason, text: fill(guarantee.reason.text, { until: shortDate(date, region) }) },
    rule: { date, kind: 'renewed-guarantee', label: 'Amazon Renewed Guarantee', detail: fill(guarantee.detail, { delivered: shortDate(input.delivered, region) }), source: guarantee.reason.source, reported: guarantee.reason.reported },
  };
}
