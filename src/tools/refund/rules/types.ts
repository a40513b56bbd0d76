/**
 * The refund-date estimator's words: the answers a reader gives, the region facts it reads (prepared at build time
 * by tools/refund/compile/compileRefundRegion.ts, so the browser needs no region-data helpers), and the timeline it returns.
 */
import type { PaymentMethodId } from '../../../model/vocabulary/paymentMethods';
import type { Confidence, RefundIssued, TimelineStage, TimeUnit } from '../../../model/types';
import type { Holiday } from '../../../time/businessCalendar';
import type { CivilDate } from '../../../time/civilDate';
import type { SourceLink } from '../../shared/sourceLink';

export type { SourceLink };

/** How the parcel goes back: only a drop-off with a prepaid label can trigger Refund at First Scan. */
export const RETURN_HOW_IDS = ['drop-off-label', 'drop-off-no-box', 'pickup', 'self-ship'] as const;
export type ReturnHow = (typeof RETURN_HOW_IDS)[number];

/** The form's words for each (server-rendered: the browser reads them from the form's labels). */
export const RETURN_HOWS: Readonly<Record<ReturnHow, string>> = {
  'drop-off-label': 'Drop-off with a prepaid return label',
  'drop-off-no-box': 'Drop-off with no box or label',
  pickup: 'Pickup from your address',
  'self-ship': 'Sending it yourself',
};

/** The payment-method answer for a method the region's data does not list (or a region with one figure for all). */
export const OTHER_METHOD = 'other';
export type MethodChoice = PaymentMethodId | typeof OTHER_METHOD;

/** A payment-method answer as the form offers it. */
export interface MethodChoiceOption {
  value: MethodChoice;
  label: string;
}

/** A region as the form offers it (the page's config): what the answers are checked against before any data loads. */
export interface RegionChoice {
  id: string;
  name: string;
  methods: MethodChoiceOption[];
}

/** Field names, as the form, the URL query and the error messages use them. */
export const REFUND_FIELDS = {
  region: 'Region',
  method: 'Payment method',
  how: 'How the item goes back',
  handover: 'Hand-over date',
  issued: 'Refund issued on',
} as const;
export type RefundField = keyof typeof REFUND_FIELDS;

/** Validated answers. */
export interface RefundInput {
  readonly region: string;
  readonly method: MethodChoice;
  readonly how: ReturnHow;
  /** The day the parcel is (or was) dropped off, picked up or posted. */
  readonly handover: CivilDate;
  /** The date in Amazon's "refund issued" email, when the reader already has it. */
  readonly issued?: CivilDate | undefined;
}

export type Shipper = 'amazon' | 'seller';

/** A span as region data writes it: `max` alone reads "up to". */
export interface Span {
  readonly min?: number | undefined;
  readonly max: number;
  readonly unit: TimeUnit;
}

/** One published fact, ready to show: what it says in a sentence, its source, and its span when it has one. */
interface PreparedFact {
  /** "Reportedly, 2–4 business days after the refund is issued.", variant first when there is one. */
  readonly text: string;
  /** Which orders or refunds it covers when the data splits them ("Shipped by Amazon"). */
  readonly variant?: string | undefined;
  readonly source: SourceLink;
  readonly confidence: Confidence;
  readonly approximate?: boolean | undefined;
  readonly note?: string | undefined;
}

/** `refund.issued[]`: when the refund is issued, and (`span`) how long after that moment. */
export interface PreparedRule extends PreparedFact {
  readonly when: RefundIssued['when'];
  readonly shipper?: Shipper | undefined;
  readonly appliesTo: string;
  readonly span?: Span | undefined;
}

/** `refund.timeline[]`: how long the parcel travels, or is processed. */
export interface PreparedStage extends PreparedFact {
  readonly stage: TimelineStage['stage'];
  readonly shipper?: Shipper | undefined;
  readonly span: Span;
}

/** `refund.paymentTimes[]`: how long the money takes once the refund is issued. */
export interface PreparedPayment extends PreparedFact {
  readonly span: Span;
}

/** What the data marks "not published", with the official page to check. */
export interface Missing {
  readonly note: string;
  readonly checkAt: SourceLink;
}

/** One payment-method answer: its figures, or what is not published about it (its label is the form's). */
export interface PreparedMethod {
  readonly value: MethodChoice;
  readonly times: readonly PreparedPayment[];
  readonly missing?: Missing | undefined;
}

/** One region's refund facts for the estimator (what /data/refund/<id>.json ships): marketplace figures only. */
export interface RefundRegion {
  readonly id: string;
  readonly name: string;
  /** The marketplace, as a sentence names it: "Amazon.com" (refund times are the marketplace's). */
  readonly store: string;
  /** The country as a sentence names it after "in": "the United States", "Germany" (public holidays are the country's). */
  readonly place: string;
  /** ISO weekdays (1 = Monday … 7 = Sunday). */
  readonly weekend: readonly number[];
  readonly rules: readonly PreparedRule[];
  readonly stages: readonly PreparedStage[];
  /** Set when `refund.issued` is not published. */
  readonly issuedMissing?: Missing | undefined;
  /** What to say when the time to receive and process a return cannot be worked out. */
  readonly timelineMissing: Missing;
  /** The region's payment-method answers, in the order the form offers them; "other" last. */
  readonly methods: readonly PreparedMethod[];
}

export type StepKind = 'handover' | 'refund-issued' | 'money-visible' | 'contact-support';

interface FigureDates {
  /** Dates the figure gives, or null when the step before has no date (or the figure says when, not how long). */
  readonly earliest: CivilDate | null;
  readonly latest: CivilDate | null;
  /** Set when the fact does not apply to the reader's answers (first scan for a parcel not dropped off with a label). */
  readonly notForThisReturn?: true;
}

/** One published fact a step rests on, with the dates it gives. */
export type Figure =
  | (FigureDates & { readonly kind: 'issued-rule'; readonly fact: PreparedRule })
  | (FigureDates & { readonly kind: 'stage'; readonly fact: PreparedStage })
  | (FigureDates & { readonly kind: 'payment'; readonly fact: PreparedPayment });

/** What is not published for a step (or for some orders of it), with the official page to check. */
export interface NotPublishedPart extends Missing {
  /** The kind of order it concerns; undefined when it concerns every order. */
  readonly variant: string | undefined;
}

export interface RefundStep {
  readonly kind: StepKind;
  /** The first and last date the step can fall on; null when it cannot be computed. */
  readonly earliest: CivilDate | null;
  readonly latest: CivilDate | null;
  /** Unit of the figure that sets `latest` (null for the reader's own dates). */
  readonly unit: TimeUnit | null;
  /** Source of the figure that sets `latest` (null for the reader's own dates). */
  readonly source: SourceLink | null;
  /** "reported" as soon as any figure behind the dates is reported. */
  readonly confidence: Confidence | null;
  /** A figure behind the dates says "about". */
  readonly approximate: boolean;
  /** The dates hold only for these orders (the others are not published), for example "Shipped by Amazon". */
  readonly datesFor: string | undefined;
  readonly figures: readonly Figure[];
  /** Weekday holidays that pushed the dates later, in date order. */
  readonly skippedHolidays: readonly Holiday[];
  /** Some business day was counted beyond the holiday data: there only weekends were skipped. */
  readonly beyondCoverage: boolean;
  readonly notPublished: readonly NotPublishedPart[];
  /** The date is one the reader gave (the hand-over day, the date in the refund email). */
  readonly fromAnswer: boolean;
  /** No date because an earlier step has none. */
  readonly waitsFor: StepKind | null;
}

export interface RefundTimeline {
  readonly input: RefundInput;
  /** Hand-over, refund issued, money visible, contact support: always in this order. */
  readonly steps: readonly [RefundStep, RefundStep, RefundStep, RefundStep];
  /** The last day the money should show (latest money-visible date), or null. */
  readonly expected: CivilDate | null;
  /** The day to contact support if nothing has arrived, or null. */
  readonly followUp: CivilDate | null;
}
