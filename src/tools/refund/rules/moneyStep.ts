/**
 * When the money shows: the payment method's figures (marketplace only), counted from the day the refund is
 * issued. Several figures (by who shipped the order, or by where the money goes) give one span from the earliest
 * to the latest date.
 */
import type { BusinessCalendar } from '../../../time/businessCalendar';
import { spanAfter, type DateSpan } from './spanAfter';
import { stepOf, type Found } from './stepOf';
import type { RefundInput, RefundRegion, RefundStep } from './types';

const NO_TIME = 'Our sources give no refund time for this payment method.';

export function moneyStep(input: RefundInput, region: RefundRegion, calendar: BusinessCalendar, issued: RefundStep): RefundStep {
  const method = region.methods.find((item) => item.value === input.method);
  if (!method || method.times.length === 0) {
    const missing = method?.missing ?? { note: NO_TIME, checkAt: region.timelineMissing.checkAt };
    return stepOf('money-visible', { found: [], notPublished: [{ variant: undefined, ...missing }] });
  }
  const start: DateSpan | null = issued.earliest !== null && issued.latest !== null ? { earliest: issued.earliest, latest: issued.latest } : null;
  const found: Found[] = method.times.map((fact) => {
    const span = start && spanAfter(start, fact.span, calendar);
    return { figure: { kind: 'payment', fact, earliest: span?.earliest ?? null, latest: span?.latest ?? null }, span, final: true };
  });
  const step = stepOf('money-visible', { found, datesFor: issued.datesFor, waitsFor: start ? null : 'refund-issued' });
  // The dates rest on the issue date too: a reported or approximate issue date makes them so.
  if (step.latest === null) return step;
  return { ...step, confidence: issued.confidence === 'reported' ? 'reported' : step.confidence, approximate: step.approximate || issued.approximate };
}
