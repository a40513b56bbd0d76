/**
 * Checks the estimator's answers (from the form or the URL) and says what to fix, one message per field,
 * each starting with the field's name. Never throws.
 */
import { addMonths } from '../../../time/addMonths';
import { isCivilDate, MAX_CIVIL_DATE, MIN_CIVIL_DATE, type CivilDate } from '../../../time/civilDate';
import { parseToolDate } from '../../shared/toolDate';
import { lowerFirst } from '../../../model/case';
import { REFUND_FIELDS, RETURN_HOW_IDS, type MethodChoice, type RefundField, type RefundInput, type RegionChoice, type ReturnHow } from './types';

/**
 * The answers as text. `null` marks a field holding something the browser could not read as a date
 * (a half-typed date input); empty or absent means "not answered".
 */
export type RawRefundAnswers = Partial<Record<RefundField, string | null>>;

export interface FieldError {
  readonly field: RefundField;
  readonly message: string;
}

export type RefundValidation = { readonly ok: true; readonly input: RefundInput } | { readonly ok: false; readonly errors: readonly FieldError[] };

/** How far from today a date may be, in months, either way. */
export const DATE_WINDOW_MONTHS = 12;

/**
 * @param region the region named in `raw.region` as the form offers it (its payment methods), or undefined when there
 *   is none by that id: the answers are checked before its refund data arrives
 * @param today the reader's today (todayIn their own time zone)
 * @param formatDate how dates read in messages (the reader's locale); ISO by default
 */
export function validateRefundInput(
  raw: RawRefundAnswers,
  region: RegionChoice | undefined,
  today: CivilDate,
  formatDate: (date: CivilDate) => string = (date) => date,
): RefundValidation {
  const errors: FieldError[] = [];
  const fail = (field: RefundField, message: string) => errors.push({ field, message: `${REFUND_FIELDS[field]}: ${message}` });
  const answer = (field: RefundField): string | null => {
    const value: unknown = raw !== null && typeof raw === 'object' ? raw[field] : undefined;
    if (value === undefined || value === null) return value === null ? null : '';
    return typeof value === 'string' ? value.trim() : null;
  };
  const window = dateWindow(today);
  /** The hand-over date (required, within a year either way) or the issue date (optional, not after today). */
  const dateAnswer = (field: 'handover' | 'issued'): CivilDate | undefined => {
    const text = answer(field);
    const optional = field === 'issued';
    if (text === '') {
      if (!optional) fail(field, 'enter the day the parcel is dropped off, picked up or posted.');
    } else {
      const parsed = parseToolDate(text);
      if (!parsed.ok) fail(field, lowerFirst(parsed.reason));
      else if (parsed.date < window.from) fail(field, `${formatDate(parsed.date)} is more than a year ago. Check the year.`);
      else if (optional && parsed.date > today) fail(field, `${formatDate(parsed.date)} is after today. Leave it empty until Amazon tells you the refund was issued.`);
      else if (parsed.date > window.to) fail(field, `${formatDate(parsed.date)} is more than a year away. Check the year.`);
      else return parsed.date;
    }
    return undefined;
  };

  const regionId = answer('region');
  const knownRegion = regionId && region && region.id === regionId ? region : undefined;
  if (!regionId) fail('region', 'choose the Amazon site you bought from.');
  else if (!knownRegion) fail('region', `${quote(regionId)} is not a region we cover. Choose one from the list.`);

  const methodId = answer('method');
  let method: MethodChoice | undefined;
  if (!methodId) fail('method', 'choose how you paid for the order.');
  else if (knownRegion) {
    const choices = knownRegion.methods;
    method = choices.find((choice) => choice.value === methodId)?.value;
    if (!method) {
      const other = choices[choices.length - 1]?.label ?? '';
      fail('method', `${quote(methodId)} is not a payment method we have refund times for in ${knownRegion.name}. Choose one from the list, or “${other}”.`);
    }
  }

  const howId = answer('how');
  const how = howId && (RETURN_HOW_IDS as readonly string[]).includes(howId) ? (howId as ReturnHow) : undefined;
  if (!howId) fail('how', 'choose how the item goes back: drop-off, pickup or sending it yourself.');
  else if (!how) fail('how', `${quote(howId)} is not one of the choices. Choose drop-off, pickup or sending it yourself.`);

  const handover = dateAnswer('handover');
  const issued = dateAnswer('issued');
  if (handover && issued && issued < handover) {
    fail('issued', `${formatDate(issued)} is before the hand-over date (${formatDate(handover)}). A refund is issued once the parcel is on its way back: check both dates, or leave this one empty.`);
  }

  if (errors.length > 0 || !knownRegion || !method || !how || !handover) return { ok: false, errors };
  return { ok: true, input: { region: knownRegion.id, method, how, handover, ...(issued ? { issued } : {}) } };
}

/** The dates the estimator accepts: DATE_WINDOW_MONTHS either side of today (the form's min and max too). */
export function dateWindow(today: CivilDate): { from: CivilDate; to: CivilDate } {
  const shifted = (months: number, fallback: CivilDate) => {
    try {
      return isCivilDate(today) ? addMonths(today, months) : fallback;
    } catch {
      return fallback;
    }
  };
  return { from: shifted(-DATE_WINDOW_MONTHS, MIN_CIVIL_DATE), to: shifted(DATE_WINDOW_MONTHS, MAX_CIVIL_DATE) };
}

function quote(text: string): string {
  return `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;
}
