import { parseToolDate, TOOL_YEARS } from '../../shared/toolDate';
import type { CivilDate } from '../../../time/civilDate';
import type { EligibilityMenu } from './eligibilityRegion';
import { shortDate } from './wording';
import { lowerFirst } from '../../../model/case';
import {
  CONDITION_KINDS,
  ELIGIBILITY_FIELDS,
  FIELD_LABELS,
  SELLER_KINDS,
  type EligibilityField,
  type EligibilityInput,
  type FieldError,
  type ItemCondition,
  type SellerKind,
  type RawEligibilityInput,
} from './types';

/** The answers are fine but the site's rules are not here: their file has not arrived, or could not be fetched. */
export const RULES_NOT_LOADED: FieldError = { field: 'region', message: `${FIELD_LABELS.region}: the rules for this site have not loaded yet; try again in a moment.` };

/** Dates before this are typos or too old for any policy we know (the tools' common range). */
export const EARLIEST_YEAR = TOOL_YEARS.minYear;

export interface ValidationContext {
  /** The regions the site covers, for the region answer. */
  regions: ReadonlyArray<{ id: string; name: string }>;
  /** The chosen region's menu, once loaded: needed to check the category. */
  region?: EligibilityMenu | undefined;
}

export type ValidationResult = { ok: true; input: EligibilityInput } | { ok: false; errors: FieldError[] };

/**
 * Checks the reader's answers. Every problem comes back at once, each naming its field. Never throws.
 * The order date is optional; everything else is required.
 */
export function validateEligibilityInput(raw: RawEligibilityInput, context: ValidationContext): ValidationResult {
  const errors: FieldError[] = [];
  const add = (field: EligibilityField, message: string) => {
    if (!errors.some((error) => error.field === field)) errors.push({ field, message: `${FIELD_LABELS[field]}: ${message}` });
  };
  const text = (field: EligibilityField) => {
    const value = raw?.[field];
    return typeof value === 'string' ? value.trim() : '';
  };
  /** A date answer as given: null for a date the browser could not read (see tools/shared/toolDate.ts). */
  const dateText = (field: EligibilityField) => (raw?.[field] === null ? null : text(field));

  const regionId = text('region');
  const regionEntry = context.regions.find((item) => item.id === regionId);
  if (!regionId) add('region', 'choose the Amazon site you ordered from.');
  else if (!regionEntry) add('region', `"${shown(regionId)}" is not an Amazon site we cover; choose one from the list.`);

  const category = text('category');
  const region = regionEntry && context.region?.id === regionEntry.id ? context.region : undefined;
  if (!category) add('category', 'choose what kind of item it is, or "Most other items".');
  else if (region && !region.categories.some((choice) => choice.id === category)) {
    add('category', `"${shown(category)}" is not a kind of item we have rules for on ${regionEntry?.name}; choose one from the list.`);
  }

  const seller = text('seller');
  if (!seller || !(SELLER_KINDS as readonly string[]).includes(seller)) add('seller', choose(seller, 'who sold the item'));

  const today = date('today', dateText('today'), add);
  const delivered = date('delivered', dateText('delivered'), add);
  const orderedText = dateText('ordered');
  const ordered = orderedText !== '' ? date('ordered', orderedText, add) : undefined;
  const known = { locale: region?.locale ?? 'en-GB' };
  if (delivered && today && delivered > today) {
    add('delivered', `${shortDate(delivered, known)} is after today's date (${shortDate(today, known)}). Enter the day the item arrived.`);
  }
  if (ordered && delivered && ordered > delivered) {
    add('ordered', `${shortDate(ordered, known)} is after the delivery date (${shortDate(delivered, known)}). Enter the day you placed the order, or leave it empty.`);
  }

  const condition = text('condition');
  if (!condition || !(CONDITION_KINDS as readonly string[]).includes(condition)) add('condition', choose(condition, 'the condition the item is in'));

  if (errors.length > 0 || !regionEntry || !region || !delivered || !today) {
    if (errors.length === 0) errors.push(RULES_NOT_LOADED);
    return { ok: false, errors: sortByField(errors) };
  }
  return {
    ok: true,
    input: {
      region: regionEntry.id,
      category: category as EligibilityInput['category'],
      seller: seller as SellerKind,
      delivered,
      ordered,
      condition: condition as ItemCondition,
      today,
    },
  };
}

function date(field: EligibilityField, value: string | null, add: (field: EligibilityField, message: string) => void): CivilDate | undefined {
  if (value === '') {
    add(field, field === 'today' ? "enter today's date." : `enter the ${field === 'delivered' ? 'day the item arrived' : 'day you ordered'}.`);
    return undefined;
  }
  const parsed = parseToolDate(value);
  if (parsed.ok) return parsed.date;
  add(field, lowerFirst(parsed.reason));
  return undefined;
}

/** "choose who sold the item." or, for an answer that is not a choice, "\"x\" is not one of the choices; choose …". */
function choose(value: string, what: string): string {
  return value ? `"${shown(value)}" is not one of the choices; choose ${what}.` : `choose ${what}.`;
}

function shown(value: string): string {
  return value.length > 30 ? `${value.slice(0, 30)}…` : value;
}

function sortByField(errors: FieldError[]): FieldError[] {
  return [...errors].sort((a, b) => ELIGIBILITY_FIELDS.indexOf(a.field) - ELIGIBILITY_FIELDS.indexOf(b.field));
}
