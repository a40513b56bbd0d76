/**
 * Checks the composer's answers (typed, or read from a link) and returns either a clean SupportInput or one error
 * per field, each starting with the field's label. Never throws, whatever the input.
 */
import { lowerFirst } from '../../../model/case';
import type { CivilDate } from '../../../time/civilDate';
import { formatCivilDate } from '../../../time/formatCivilDate';
import { parseToolDate } from '../../shared/toolDate';
import type { PaymentMethodId } from '../../../model/vocabulary/paymentMethods';
import { FIELD_LABELS, SUPPORT_FIELDS, type FieldError, type RawSupportInput, type SupportField, type SupportInput } from './fields';
import { validateOrderNumber } from './orderNumber';
import { parseAmount } from './parseAmount';
import { isSituationId, NEEDS_HANDOVER, SITUATIONS } from './situations';
import type { SupportRegion } from './supportRegion';

export type SupportValidation = { ok: true; input: SupportInput } | { ok: false; errors: FieldError[] };

export const LIMITS = { item: 150, details: 1500, name: 80 } as const;
const TRACKING = /^[A-Za-z0-9][A-Za-z0-9 -]{2,38}[A-Za-z0-9]$/;

/**
 * @param today the reader's date, for "not in the future" checks and legal periods.
 * @param regions the regions the site covers (a region outside them is an error), with their currency for amounts
 *   (where known: the browser knows a region's currency once its data is in).
 * @param methods the payment methods the form offers, id to label: the browser reads them from the form's menu,
 *   which the page wrote from the vocabulary, so the vocabulary itself stays out of the browser code.
 */
export function validateSupportInput(
  raw: RawSupportInput,
  today: CivilDate,
  regions: ReadonlyArray<{ id: SupportRegion['id']; currency?: SupportRegion['currency'] | undefined }>,
  methods: ReadonlyMap<string, string>,
): SupportValidation {
  const errors: FieldError[] = [];
  const add = (field: SupportField, message: string) => {
    if (!errors.some((error) => error.field === field)) errors.push({ field, message: `${FIELD_LABELS[field]}: ${message}` });
  };
  const text = (field: SupportField) => (typeof raw[field] === 'string' ? (raw[field] as string).trim() : '');

  const region = text('region').toLowerCase();
  if (!region) add('region', 'choose the Amazon site you ordered from.');
  const known = regions.find((item) => item.id === region);
  if (region && !known) add('region', `"${shown(text('region'))}" is not one of the Amazon sites we cover; choose one from the list.`);

  const order = validateOrderNumber(region, text('orderNumber'));
  if (!order.ok) add('orderNumber', order.reason);

  const item = text('item');
  if (item.length < 2) add('item', 'describe the item in a few words, for example "Kettle, 1.7 litre, blue".');
  else if (item.length > LIMITS.item) add('item', `keep it under ${LIMITS.item} characters; the details box has room for more.`);

  const date = (field: 'ordered' | 'delivered' | 'handover' | 'expectedBy', required: boolean, noLaterThanToday: boolean): CivilDate | undefined => {
    const value = raw[field] === null ? null : text(field);
    if (value === '') {
      if (required) add(field, `enter the ${FIELD_LABELS[field].toLowerCase()}.`);
      return undefined;
    }
    const parsed = parseToolDate(value);
    if (!parsed.ok) {
      add(field, lowerFirst(parsed.reason));
      return undefined;
    }
    if (noLaterThanToday && parsed.date > today) {
      add(field, `${words(parsed.date)} is after today (${words(today)}); enter the day it happened.`);
      return undefined;
    }
    return parsed.date;
  };

  const situationText = text('situation');
  const situation = isSituationId(situationText) ? situationText : undefined;
  if (!situationText) add('situation', 'choose what went wrong.');
  else if (!situation) add('situation', `"${shown(situationText)}" is not one of the choices; choose what went wrong.`);

  const ordered = date('ordered', false, true);
  const delivered = date('delivered', true, true);
  const handover = date('handover', false, true);
  const expectedBy = date('expectedBy', false, false);
  if (ordered && delivered && ordered > delivered) add('ordered', `${words(ordered)} is after the delivery date (${words(delivered)}); check both dates.`);
  if (handover && delivered && handover < delivered) add('handover', `${words(handover)} is before the delivery date (${words(delivered)}); check both dates.`);
  if (expectedBy && handover && expectedBy < handover) add('expectedBy', `${words(expectedBy)} is before the date you handed the item back (${words(handover)}); check both dates.`);
  else if (expectedBy && delivered && expectedBy < delivered) add('expectedBy', `${words(expectedBy)} is before the delivery date (${words(delivered)}); check both dates.`);
  if (!handover && situation && NEEDS_HANDOVER.has(situation) && !errors.some((error) => error.field === 'handover')) {
    add('handover', 'enter the date you handed the item back or it was collected; support will ask for it.');
  }

  const tracking = text('tracking').replace(/\s+/g, ' ');
  if (tracking && !TRACKING.test(tracking)) add('tracking', 'use only letters, digits, spaces and hyphens (4 to 40 characters), as on the drop-off receipt.');

  const method = text('method');
  const methodLabel = methods.get(method);
  if (method && methodLabel === undefined) add('method', `"${shown(method)}" is not one of the choices; choose how you paid, or leave it empty.`);

  const amount = (field: 'amountExpected' | 'amountReceived') => {
    const result = parseAmount(text(field), known?.currency);
    if (result && !result.ok) add(field, result.reason);
    return result?.ok ? result.amount : undefined;
  };
  const amountExpected = amount('amountExpected');
  const amountReceived = amount('amountReceived');

  const details = text('details');
  if (situation === 'other' && !details) add('details', `describe what went wrong (you chose "${SITUATIONS.other.label}").`);
  if (details.length > LIMITS.details) add('details', `keep it under ${LIMITS.details} characters; support reads short messages first.`);

  const name = text('name');
  if (name.length > LIMITS.name) add('name', `keep it under ${LIMITS.name} characters.`);

  if (errors.length > 0 || !order.ok || !delivered || !situation) {
    return { ok: false, errors: sortByField(errors) };
  }
  return {
    ok: true,
    input: {
      region,
      orderNumber: order.orderNumber,
      item,
      ordered,
      delivered,
      handover,
      tracking: tracking || undefined,
      method: method && methodLabel !== undefined ? { id: method as PaymentMethodId, label: methodLabel } : undefined,
      amountExpected,
      amountReceived,
      expectedBy,
      situation,
      details: details || undefined,
      name: name || undefined,
      today,
    },
  };
}

function sortByField(errors: FieldError[]): FieldError[] {
  return [...errors].sort((a, b) => SUPPORT_FIELDS.indexOf(a.field) - SUPPORT_FIELDS.indexOf(b.field));
}

function words(date: CivilDate): string {
  return formatCivilDate(date, 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

function shown(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}
