/**
 * When the refund is issued, from the hand-over day and the region's rules and timeline (marketplace figures):
 *   - a drop-off with a prepaid label, where the data has a `first-scan` rule: at the carrier's first scan
 *     (plus its span, if any). No other way of sending the parcel qualifies, as the rule's `appliesTo` says;
 *   - otherwise a `receive-and-process` stage counted from the hand-over, or a `transit` stage followed by a
 *     `processing` stage or by the span of a rule that counts from the parcel's arrival;
 *   - where the data differs by who shipped the order, each is worked out and the dates span them all; the ones
 *     that cannot be worked out are listed as not published.
 * Rules that say when but not how long (an instant refund offered on some returns, first scan for a parcel sent
 * another way) are kept as figures without dates, so the reader sees them.
 */
import type { BusinessCalendar } from '../../../time/businessCalendar';
import { AT_ONCE, spanAfter, type DateSpan, type SpanResult } from './spanAfter';
import { answerStep, stepOf, type Found } from './stepOf';
import type { NotPublishedPart, PreparedRule, PreparedStage, RefundInput, RefundRegion, RefundStep, Shipper } from './types';

/** Rules whose span counts from the parcel's arrival. */
const AFTER_ARRIVAL: ReadonlyArray<PreparedRule['when']> = ['receipt', 'inspection', 'seller-confirmation'];

export function issuedStep(input: RefundInput, region: RefundRegion, calendar: BusinessCalendar): RefundStep {
  if (input.issued) return answerStep('refund-issued', input.issued);
  const start: DateSpan = { earliest: input.handover, latest: input.handover };
  const { rules, stages } = region;

  const firstScan = input.how === 'drop-off-label' ? rules.find((rule) => rule.when === 'first-scan') : undefined;
  if (firstScan) return stepOf('refund-issued', { found: [ruleFound(firstScan, spanAfter(start, firstScan.span ?? AT_ONCE, calendar), true)] });

  const shippers = shippersIn([...rules, ...stages]);
  const labelOf = (shipper: Shipper | undefined) => [...rules, ...stages].find((fact) => fact.shipper === shipper && shipper !== undefined)?.variant;
  const found: Found[] = [];
  const used = new Set<PreparedRule>();
  const dated: string[] = [];
  const missing: Array<string | undefined> = [];
  for (const shipper of shippers) {
    const covers = (fact: { shipper?: Shipper | undefined }) => shipper === undefined || fact.shipper === undefined || fact.shipper === shipper;
    const chain = chainFor(start, calendar, rules.filter((rule) => rule.when !== 'first-scan' && covers(rule)), stages.filter(covers));
    const label = labelOf(shipper);
    if (chain === null) {
      missing.push(label);
      continue;
    }
    if (label !== undefined) dated.push(label);
    for (const item of chain) {
      found.push(item);
      if (item.figure.kind === 'issued-rule') used.add(item.figure.fact);
    }
  }
  // The rules that gave no date are shown too (first scan for a parcel sent another way), so the reader sees why.
  for (const rule of rules) {
    if (used.has(rule)) continue;
    const item = ruleFound(rule, null, false);
    found.push(rule.when === 'first-scan' ? { ...item, figure: { ...item.figure, notForThisReturn: true } } : item);
  }

  const everyOrder = missing.length === shippers.length;
  const notes = [region.issuedMissing, region.timelineMissing].filter((note) => note !== undefined);
  const notPublished: NotPublishedPart[] = (everyOrder ? [undefined] : missing).flatMap((variant) => notes.map((note) => ({ variant, ...note })));
  return stepOf('refund-issued', {
    found,
    notPublished: missing.length === 0 ? [] : notPublished,
    datesFor: everyOrder || missing.length === 0 ? undefined : dated.join(', '),
  });
}

/** The figures that give the issue date for one kind of order, or null when a piece is not published. */
function chainFor(start: DateSpan, calendar: BusinessCalendar, rules: readonly PreparedRule[], stages: readonly PreparedStage[]): Found[] | null {
  const whole = stages.find((stage) => stage.stage === 'receive-and-process');
  if (whole) return [stageFound(whole, spanAfter(start, whole.span, calendar), true)];
  const transit = stages.find((stage) => stage.stage === 'transit');
  if (!transit) return null;
  const arrival = spanAfter(start, transit.span, calendar);
  const processing = stages.find((stage) => stage.stage === 'processing');
  if (processing) return [stageFound(transit, arrival, false), stageFound(processing, arrival && spanAfter(arrival, processing.span, calendar), true)];
  const afterArrival = rules.find((rule) => AFTER_ARRIVAL.includes(rule.when));
  if (!afterArrival) return null;
  if (!afterArrival.span) return [stageFound(transit, arrival, true), ruleFound(afterArrival, null, false)];
  return [stageFound(transit, arrival, false), ruleFound(afterArrival, arrival && spanAfter(arrival, afterArrival.span, calendar), true)];
}

function ruleFound(fact: PreparedRule, span: SpanResult | null, final: boolean): Found {
  return { figure: { kind: 'issued-rule', fact, earliest: span?.earliest ?? null, latest: span?.latest ?? null }, span, final };
}

function stageFound(fact: PreparedStage, span: SpanResult | null, final: boolean): Found {
  return { figure: { kind: 'stage', fact, earliest: span?.earliest ?? null, latest: span?.latest ?? null }, span, final };
}

/** The shippers the data tells apart, or [undefined] when its figures cover every order. */
function shippersIn(facts: ReadonlyArray<{ shipper?: Shipper | undefined }>): Array<Shipper | undefined> {
  const named = (['amazon', 'seller'] as const).filter((shipper) => facts.some((fact) => fact.shipper === shipper));
  return named.length > 0 ? named : [undefined];
}
