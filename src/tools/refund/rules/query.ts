/**
 * The shareable link: answers in the URL query (`region`, `method`, `how`, `handover`, optional `issued`),
 * the same names the eligibility checker links with.
 */
import type { RawRefundAnswers } from './validateRefundInput';
import { REFUND_FIELDS, type RefundField, type RefundInput } from './types';

const FIELDS = Object.keys(REFUND_FIELDS) as RefundField[];

/** The answers in a query string (`?region=us&…` or `region=us&…`); absent fields stay absent. */
export function readRefundQuery(search: string): RawRefundAnswers {
  const params = new URLSearchParams(typeof search === 'string' ? search : '');
  const answers: RawRefundAnswers = {};
  for (const field of FIELDS) {
    const value = params.get(field);
    if (value !== null) answers[field] = value;
  }
  return answers;
}

/** True when the query names any of the estimator's fields. */
export function hasRefundQuery(search: string): boolean {
  return Object.keys(readRefundQuery(search)).length > 0;
}

/** `region=us&method=credit-card&how=drop-off-label&handover=2026-11-25` (plus `issued` when given). */
export function refundQueryString(input: RefundInput): string {
  const params = new URLSearchParams({ region: input.region, method: input.method, how: input.how, handover: input.handover });
  if (input.issued) params.set('issued', input.issued);
  return params.toString();
}
