/**
 * The composer's fields, in the order the form shows them and the message lists them. Labels are the ones the
 * form shows, so an error message names the field exactly as the reader sees it.
 */
import type { CivilDate } from '../../../time/civilDate';
import type { PaymentMethodId } from '../../../model/vocabulary/paymentMethods';
import type { SituationId } from './situations';

export const FIELD_LABELS = {
  region: 'Amazon site',
  orderNumber: 'Order number',
  item: 'Item',
  ordered: 'Order date',
  delivered: 'Delivery date',
  handover: 'Date handed back',
  tracking: 'Return tracking number',
  method: 'Paid with',
  amountExpected: 'Refund expected',
  amountReceived: 'Refund received',
  expectedBy: 'Refund expected by',
  situation: 'What went wrong',
  details: 'Details',
  name: 'Your name',
} as const;

export type SupportField = keyof typeof FIELD_LABELS;
export const SUPPORT_FIELDS = Object.keys(FIELD_LABELS) as SupportField[];

/** Answers as typed or read from a URL: anything may be missing or wrong. */
export type RawSupportInput = Partial<Record<SupportField, string | null | undefined>>;

export interface FieldError {
  field: SupportField;
  /** Starts with the field's label, so it reads on its own in an error summary. */
  message: string;
}

/** A checked set of answers; optional ones are left out when the reader did not give them. */
export interface SupportInput {
  region: string;
  orderNumber: string;
  item: string;
  ordered?: CivilDate | undefined;
  delivered: CivilDate;
  handover?: CivilDate | undefined;
  tracking?: string | undefined;
  /** How the reader paid, with the label the form showed. */
  method?: { id: PaymentMethodId; label: string } | undefined;
  amountExpected?: number | undefined;
  amountReceived?: number | undefined;
  expectedBy?: CivilDate | undefined;
  situation: SituationId;
  details?: string | undefined;
  name?: string | undefined;
  /** The day the message is written, in the reader's calendar: legal periods are checked against it. */
  today: CivilDate;
}

/**
 * What a support message should contain, in order: the page's checklist (shown without JavaScript) and the
 * composer's message both follow it.
 */
export const MESSAGE_CHECKLIST: ReadonlyArray<{ what: string; why: string }> = [
  { what: 'The order number', why: 'Amazon order numbers usually look like 123-1234567-1234567; copy it from the order details.' },
  { what: 'The item', why: 'a few words are enough, as it appears on the order.' },
  { what: 'When it was delivered', why: 'return windows and legal deadlines count from that day.' },
  { what: 'When you handed it back, and the tracking number', why: 'from the drop-off receipt or the collection email: proof that it went back.' },
  { what: 'The refund you expected, or received', why: 'the amount, and the date you were told to expect it, if you have them.' },
  { what: 'What went wrong', why: 'refund not received, lower than expected, return refused, item damaged or faulty, wrong item; then the story in a sentence or two.' },
  { what: 'What you want', why: 'a refund, the difference, a replacement, or an explanation in writing.' },
  { what: 'The law, where it helps', why: 'one sentence naming the right and its deadline, if the law of your region gives you one.' },
];
