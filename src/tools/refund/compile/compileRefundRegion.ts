import { checkPageOf, isNotPublished, paymentMethodsOf, paymentTimeFor, returnsHelpPage, sourceOf, weekendIsoDays, type PaymentTimeAnswer } from '../../../model/regionFacts';
import { formatRange } from '../../../model/format';
import { inMarketplace } from '../../../model/scope';
import { linkTo } from '../../shared/sourceLink';
import { lowerFirst, upperFirst } from '../../../model/case';
import { PAYMENT_METHODS } from '../../../model/vocabulary/paymentMethods';
import { FULFILLED_BY, REFUND_TRIGGERS } from '../../../model/vocabulary/regionVocabulary';
import type { FactFields, NotPublished, PaymentTime, RefundIssued, RegionData, TimelineStage } from '../../../model/types';
import { NOT_IN_OUR_SOURCES } from '../../../model/missing';
import {
  OTHER_METHOD,
  type MethodChoice,
  type Missing,
  type PreparedMethod,
  type PreparedPayment,
  type PreparedRule,
  type MethodChoiceOption,
  type PreparedStage,
  type RefundRegion,
  type Span,
} from '../rules/types';

/**
 * A region's refund facts as the refund estimator reads them (what /data/refund/<id>.json ships): marketplace
 * figures only, each with its source and a reader-facing sentence, and the payment-method answers already looked
 * up with regionFacts. Done at build time, so the browser needs neither the region helpers nor the word lists.
 * Tests feed the estimator the same slice, so what they check is what the browser gets.
 */
export function compileRefundRegion(id: string, data: RegionData): RefundRegion {
  const { issued, timeline } = data.refund;
  const missing = (value: NotPublished): Missing => ({ note: value.note, checkAt: linkTo(checkPageOf(data, value)) });
  const fact = (entry: FactFields, text: string, variant: string | undefined) => ({
    text: variant ? `${variant}: ${lowerFirst(text)}` : text,
    ...(variant ? { variant } : {}),
    source: linkTo(sourceOf(data, entry)),
    confidence: entry.confidence,
    ...(entry.note ? { note: entry.note } : {}),
  });
  const rules = isNotPublished(issued)
    ? []
    : issued.filter(inMarketplace).map((rule): PreparedRule => ({
        ...fact(rule, reported(rule, ruleSentence(rule)), shipperLabel(rule.fulfilledBy)),
        when: rule.when,
        appliesTo: rule.appliesTo,
        ...(rule.fulfilledBy ? { shipper: rule.fulfilledBy } : {}),
        ...(rule.within ? { span: spanOf(rule.within), ...(rule.within.approximate ? { approximate: true } : {}) } : {}),
      }));
  const stages = isNotPublished(timeline)
    ? []
    : timeline.filter(inMarketplace).map((stage): PreparedStage => ({
        ...fact(stage, reported(stage, stageSentence(stage)), shipperLabel(stage.fulfilledBy)),
        stage: stage.stage,
        span: spanOf(stage),
        ...(stage.fulfilledBy ? { shipper: stage.fulfilledBy } : {}),
        ...(stage.approximate ? { approximate: true } : {}),
      }));
  const payment = (entry: PaymentTime): PreparedPayment => ({
    ...fact(entry, reported(entry, paymentSentence(entry)), paymentVariant(entry)),
    span: spanOf(entry),
    ...(entry.approximate ? { approximate: true } : {}),
  });
  const methods = methodChoices(data).map(({ value }): PreparedMethod => {
    const answer = paymentAnswer(data, value);
    return answer.kind === 'not-published' ? { value, times: [], missing: missing(answer.missing) } : { value, times: answer.entries.map(payment) };
  });
  return {
    id,
    name: data.name,
    store: upperFirst(data.marketplace),
    place: placeName(data.name),
    weekend: weekendIsoDays(data),
    rules,
    stages,
    ...(isNotPublished(issued) ? { issuedMissing: missing(issued) } : {}),
    timelineMissing: isNotPublished(timeline) ? missing(timeline) : { note: TRANSIT_NOT_PUBLISHED, checkAt: linkTo(returnsHelpPage(data)) },
    methods,
  };
}

export const TRANSIT_NOT_PUBLISHED = `How long the parcel takes to reach Amazon or the seller is ${NOT_IN_OUR_SOURCES}.`;
export const OTHER_METHOD_NOT_PUBLISHED = 'Our sources give no refund time for other payment methods.';

/**
 * The payment-method answers for a region: every method its refund data names, then "Another payment method"
 * (or "Any payment method" when the data names none: the UK's single figure, or nothing published at all).
 */
export function methodChoices(region: Pick<RegionData, 'refund'>): MethodChoiceOption[] {
  const named = paymentMethodsOf(region).map((id): MethodChoiceOption => ({ value: id, label: PAYMENT_METHODS[id].label }));
  return [...named, { value: OTHER_METHOD, label: named.length > 0 ? 'Another payment method' : 'Any payment method' }];
}

/** The figures for a payment-method answer; "other" takes the figures that cover every method, if any. */
export function paymentAnswer(region: Pick<RegionData, 'refund' | 'returnsHelpPage'>, method: MethodChoice): PaymentTimeAnswer {
  if (method !== OTHER_METHOD) return paymentTimeFor(region, method);
  const times = region.refund.paymentTimes;
  if (isNotPublished(times)) return { kind: 'not-published', missing: times };
  const general = times.filter((entry): entry is PaymentTime => !isNotPublished(entry) && entry.method === undefined && inMarketplace(entry));
  if (general.length > 0) return { kind: 'general', entries: general };
  return { kind: 'not-published', missing: { published: false, checkAt: region.returnsHelpPage, note: OTHER_METHOD_NOT_PUBLISHED } };
}

// ---------------------------------------------------------------- sentences

/** What a rule's span counts from: "Issued 1–5 business days after …". */
const COUNTED_FROM: Record<RefundIssued['when'], string> = {
  'first-scan': 'the parcel is scanned at drop-off',
  receipt: 'the return reaches Amazon or the seller',
  inspection: 'the return has been checked',
  instant: 'you start the return',
  'seller-confirmation': 'the seller confirms it has the return',
};

const STAGE_PHRASES: Record<TimelineStage['stage'], string> = {
  'receive-and-process': 'from sending the parcel to the refund being issued',
  transit: 'for the parcel to travel back to Amazon',
  processing: 'for Amazon to process the return once it arrives',
};

export function ruleSentence(rule: RefundIssued): string {
  if (rule.within) return `Issued ${formatRange(rule.within)} after ${COUNTED_FROM[rule.when]}.`;
  return `Issued ${lowerFirst(REFUND_TRIGGERS[rule.when])}.`;
}

export function stageSentence(stage: TimelineStage): string {
  return `${upperFirst(formatRange(stage))} ${STAGE_PHRASES[stage.stage]}.`;
}

export function paymentSentence(entry: PaymentTime): string {
  if (entry.max === 0) return 'Straight away once the refund is issued.';
  return `${upperFirst(formatRange(entry))} after the refund is issued.`;
}

/** Reported facts say so: "Reportedly, up to 10 business days …". */
function reported(entry: FactFields, sentence: string): string {
  return entry.confidence === 'reported' ? `Reportedly, ${lowerFirst(sentence)}` : sentence;
}

/** "Refunded to bank account, shipped by Amazon" for figures that apply to some refunds only. */
function paymentVariant(entry: PaymentTime): string | undefined {
  const parts: string[] = [];
  if (entry.refundedAs) parts.push(`Refunded to ${lowerFirst(PAYMENT_METHODS[entry.refundedAs].label)}`);
  if (entry.fulfilledBy) parts.push(parts.length > 0 ? lowerFirst(FULFILLED_BY[entry.fulfilledBy]) : FULFILLED_BY[entry.fulfilledBy]);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function shipperLabel(shipper: keyof typeof FULFILLED_BY | undefined): string | undefined {
  return shipper ? FULFILLED_BY[shipper] : undefined;
}

// ---------------------------------------------------------------- small helpers

function spanOf(range: { min?: number | undefined; max: number; unit: Span['unit'] }): Span {
  return { ...(range.min === undefined ? {} : { min: range.min }), max: range.max, unit: range.unit };
}


/** "the United States", "the United Kingdom", "Germany": a country name as it reads after "in". */
export function placeName(name: string): string {
  return /^(United|Netherlands|Philippines|Czech)\b/.test(name) ? `the ${name}` : name;
}
