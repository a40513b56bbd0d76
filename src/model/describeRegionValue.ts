import { A_TO_Z_FROM, COUNTS_FROM, FULFILLED_BY, REFUND_TRIGGERS, RETURN_OPTION_KINDS, TIME_UNITS } from './vocabulary/regionVocabulary';
import { CATEGORIES, type CategoryId } from './vocabulary/categories';
import type { Duration, Money, TimeRange, TimeUnit } from './types';
import { formatDays, formatDuration, formatPercent, formatRange, formatReviewDate, formatWindow, unitLabel } from './format';
import { formatMoney } from './money';
import { lowerFirst } from './case';

/**
 * One value of region data as a reader reads it: "30 days from delivery", "3–5 business days", "£3.99", "20%",
 * "2 years", "31 January 2026". `undefined` when the value is not one thing a sentence can hold (a list, a whole
 * section): the caller then asks the editor for a more precise path.
 */
export function describeRegionValue(value: unknown, key: string, parent: unknown, locale = 'en'): string | undefined {
  if (typeof value === 'number') return describeNumber(value, key, parent, locale);
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatReviewDate(value) : value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return describeObject(value as Record<string, unknown>, locale);
}

const isUnit = (unit: unknown): unit is TimeUnit => typeof unit === 'string' && Object.hasOwn(TIME_UNITS, unit);

function describeNumber(value: number, key: string, parent: unknown, locale: string): string {
  const holder = (parent ?? {}) as Record<string, unknown>;
  if (key === 'percent') return formatPercent(value, holder.upTo === true);
  if (key === 'days' || /Days(After|Before)/.test(key)) return formatDays(value);
  if ((key === 'min' || key === 'max' || key === 'value') && isUnit(holder.unit)) return `${value} ${unitLabel(holder.unit, value)}`;
  if (key === 'amount' && typeof holder.currency === 'string') return formatMoney(holder as unknown as Money, locale);
  return String(value);
}

function label<T extends Record<string, string>>(labels: T, id: unknown): string | undefined {
  return typeof id === 'string' && Object.hasOwn(labels, id) ? labels[id as keyof T] : undefined;
}

function describeObject(value: Record<string, unknown>, locale: string): string | undefined {
  // A span of time: { min?, max, unit }.
  if (typeof value.max === 'number' && isUnit(value.unit)) {
    const after = typeof value.after === 'string' ? ` after ${value.after}` : '';
    return withShipper(`${formatRange(value as unknown as TimeRange)}${after}`, value);
  }
  // A length of time: { value, unit }.
  if (typeof value.value === 'number' && isUnit(value.unit)) return formatDuration(value as unknown as Duration);
  // Money: { amount, currency }.
  if (typeof value.amount === 'number' && typeof value.currency === 'string') return formatMoney(value as unknown as Money, locale);
  // A deduction: { percent, upTo?, conditions }.
  if (typeof value.percent === 'number') return formatPercent(value.percent, value.upTo === true);
  // A return window (standard, category rule, A-to-z claim window).
  if (value.returnable === false) return 'cannot be returned';
  if (typeof value.days === 'number') {
    const from = label(COUNTS_FROM, value.counts) ?? label(A_TO_Z_FROM, value.from);
    const remedy = value.remedy === 'replacement-only' ? ', replacement only' : '';
    return `${formatWindow(value.days, from)}${remedy}`;
  }
  // A legal right or a guarantee with a period.
  if (value.period && typeof value.period === 'object') {
    const period = formatDuration(value.period as Duration);
    return typeof value.from === 'string' ? `${period} from ${value.from}` : period;
  }
  // When the refund is issued.
  const trigger = label(REFUND_TRIGGERS, value.when);
  if (trigger) {
    const range = value.within && typeof value.within === 'object' ? (value.within as TimeRange) : undefined;
    // "within 2 business days", not "within up to 2 business days".
    const within = range ? `, within ${range.min === undefined && range.max > 0 ? `${range.max} ${unitLabel(range.unit, range.max)}` : formatRange(range)}` : '';
    return withShipper(`${trigger}${within}`, value);
  }
  // A drop-off or pickup option.
  const option = label(RETURN_OPTION_KINDS, value.kind);
  if (option) {
    const partners = Array.isArray(value.partners) && value.partners.length > 0 ? `: ${value.partners.join(', ')}` : '';
    return `${option}${partners}${value.noBox === true ? ' (no box needed)' : ''}`;
  }
  if (typeof value.summary === 'string') return value.summary;
  return undefined;
}

/** "2–4 business days (shipped by Amazon)" when a figure depends on who shipped the order. */
function withShipper(text: string, value: Record<string, unknown>): string {
  const shipper = label(FULFILLED_BY, value.fulfilledBy);
  return shipper ? `${text} (${lowerFirst(shipper)})` : text;
}

/** What a category rule covers, in the reader's words: its own `items` text, else the category's label. */
export function categoryRuleItems(category: CategoryId, items: string | undefined): string {
  return items ?? CATEGORIES[category].label;
}
