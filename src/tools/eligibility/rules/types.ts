/**
 * The words of the eligibility checker: what the reader answers and what the answer holds.
 * Labels here are the ones the form shows, so error messages name the field exactly as the reader sees it.
 */
import type { CivilDate } from '../../../time/civilDate';
import type { CategoryId } from '../../../model/vocabulary/categories';
import type { SourceLink } from '../../shared/sourceLink';

export type { SourceLink };

export const FIELD_LABELS = {
  region: 'Amazon site',
  category: 'What you bought',
  seller: 'Who sold it',
  delivered: 'Delivery date',
  ordered: 'Order date',
  condition: 'Condition',
  today: "Today's date",
} as const;

export type EligibilityField = keyof typeof FIELD_LABELS;

/** The form's order, which is also the order errors are listed in. */
export const ELIGIBILITY_FIELDS = Object.keys(FIELD_LABELS) as EligibilityField[];

/** Who sold and shipped the item (labels for the form in labels.ts). */
export const SELLER_KINDS = ['amazon', 'seller-fba', 'seller'] as const;
export type SellerKind = (typeof SELLER_KINDS)[number];

/** The item's condition now (labels for the form in labels.ts). */
export const CONDITION_KINDS = ['unopened', 'opened', 'used', 'damaged', 'defective', 'wrong-item'] as const;
export type ItemCondition = (typeof CONDITION_KINDS)[number];

/** Conditions that are the shop's fault rather than a change of mind. */
export const FAULTY_CONDITIONS: ReadonlySet<ItemCondition> = new Set(['damaged', 'defective', 'wrong-item']);

/** A checked set of answers. `ordered` is left out when the reader did not give it. */
export interface EligibilityInput {
  region: string;
  category: CategoryId;
  seller: SellerKind;
  delivered: CivilDate;
  ordered?: CivilDate | undefined;
  condition: ItemCondition;
  today: CivilDate;
}

/** Answers as typed or read from a URL: anything may be missing or wrong. */
export type RawEligibilityInput = Partial<Record<EligibilityField, string | null | undefined>>;

export interface FieldError {
  field: EligibilityField;
  /** Starts with the field's label, so it reads on its own in an error summary. */
  message: string;
}

/** One sentence of the answer and the page it rests on. `reported`: read in a copy or a report, and worded so. */
export interface Reason {
  text: string;
  source: SourceLink;
  reported: boolean;
  note?: string | undefined;
}

export type RuleKind =
  | 'standard'
  | 'category'
  | 'holiday'
  | 'withdrawal'
  | 'faulty-goods'
  | 'legal-guarantee'
  | 'statutory-return'
  | 'renewed-guarantee';

/** A date and the rule that sets it. */
export interface DatedRule {
  date: CivilDate;
  kind: RuleKind;
  /** Short name of the rule: "Holiday return window". */
  label: string;
  /** How the date follows from the rule, as a sentence. */
  detail: string;
  source: SourceLink;
  reported: boolean;
}

/**
 * - returnable / conditional: a window is open (with conditions that reduce the refund);
 * - probably-returnable: the window has closed, but the order falls in a holiday period the region extended in the
 *   seasons on file and this season's dates are not in our sources: no date is given as certain;
 * - legal-rights: past the window, a faulty item is still covered by the law or a guarantee;
 * - not-returnable: the window has closed, or the item cannot go back;
 * - not-published: our sources give no window for this item.
 */
export type VerdictKind = 'returnable' | 'conditional' | 'probably-returnable' | 'legal-rights' | 'not-returnable' | 'not-published';

export type CostKind = 'free' | 'label-fee' | 'deduction' | 'refund-share' | 'not-published';

export interface CostLine {
  kind: CostKind;
  text: string;
  source: SourceLink;
  reported: boolean;
}

export interface NextStep {
  label: string;
  /** A site path (the UI adds the base path) or, when `external`, a full address. None: advice without a page. */
  href?: string | undefined;
  external?: boolean;
}

export interface EligibilityResult {
  kind: VerdictKind;
  headline: string;
  summary: string;
  /** The last day to send it back under Amazon's policy or the right to cancel, whatever today is. */
  returnBy?: DatedRule | undefined;
  /** The date that matters today: `returnBy` while it is open, then a legal deadline that is still open. */
  deadline?: DatedRule | undefined;
  /** Days from today to `deadline`; negative when it has passed. */
  daysLeft?: number | undefined;
  /** The day a calendar reminder is for (reminderDate.ts): `deadline` while it is still ahead. */
  remindOn?: CivilDate | undefined;
  /** The kind of item, as the answer names it ("Apple products"; "Most items" for the standard window). */
  item: string;
  conditions: Reason[];
  reasons: Reason[];
  /** Legal and guarantee deadlines beside the store policy (faulty goods, Renewed Guarantee). */
  otherDeadlines: DatedRule[];
  costs: CostLine[];
  nextSteps: NextStep[];
  /** Assumptions the answer made, without a source of their own ("we counted from the delivery date"). */
  notes: string[];
}
