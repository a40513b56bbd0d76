import { CATEGORIES, type CategoryId } from './vocabulary/categories';
import { PAYMENT_METHODS, type PaymentMethodId } from './vocabulary/paymentMethods';
import { WEEKDAYS } from './vocabulary/regionVocabulary';
import { inForce, stillInForce, type Validity } from './validity';
import { scopeOf, type Scope } from './scope';
import { lowerFirst } from './case';
import type {
  CategoryRule,
  FactFields,
  HolidaySeason,
  NotPublished,
  PaymentTime,
  PaymentTimeNotPublished,
  RegionData,
  RegionSource,
  StandardWindow,
} from './types';

/**
 * Reading region data: pure functions over one region's validated frontmatter (`entry.data`).
 * No Astro or Zod at run time. Pages, the tools' build-time compilers and tests use them; the tools' browser code
 * does not (it reads the compact JSON the compilers write, so the region-data helpers stay out of its bundle).
 */

type Civil = string; // YYYY-MM-DD; compares correctly as text

// ---------------------------------------------------------------- published or not

/** True for `{ published: false, checkAt, note }`. */
export function isNotPublished(value: unknown): value is NotPublished {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && (value as { published?: unknown }).published === false;
}

/** The value itself when published, `undefined` when the data says "not published". */
export function published<T>(value: T | NotPublished): T | undefined {
  return isNotPublished(value) ? undefined : (value as T);
}

/** True for any object carrying `source` and `confidence`: a fact the UI can footnote. */
export function isFact(value: unknown): value is FactFields {
  return typeof value === 'object' && value !== null && typeof (value as FactFields).source === 'string' && typeof (value as FactFields).confidence === 'string';
}

// ---------------------------------------------------------------- sources

export function sourceById(region: Pick<RegionData, 'sources'>, id: string): RegionSource | undefined {
  return region.sources.find((source) => source.id === id);
}

/** The source a fact cites (the schema guarantees it exists). */
export function sourceOf(region: Pick<RegionData, 'sources' | 'marketplace'>, fact: FactFields): RegionSource {
  return requireSource(region, fact.source);
}

/**
 * Whether a fact is told as "reported" (read in a copy or a report): its confidence says so, unless its source is the
 * law text. A statute is never "reported": the sentence states the rule and cites the article, and the sources list
 * says where the text was read.
 */
export function isReported(region: Pick<RegionData, 'sources' | 'marketplace'>, fact: FactFields): boolean {
  return fact.confidence === 'reported' && sourceById(region, fact.source)?.kind !== 'law';
}

/** The official page to check when something is not published. */
export function checkPageOf(region: Pick<RegionData, 'sources' | 'marketplace'>, missing: NotPublished): RegionSource {
  return requireSource(region, missing.checkAt);
}

/** Amazon's returns help page for the marketplace (title and url). */
export function returnsHelpPage(region: Pick<RegionData, 'sources' | 'marketplace' | 'returnsHelpPage'>): RegionSource {
  return requireSource(region, region.returnsHelpPage);
}

function requireSource(region: Pick<RegionData, 'sources' | 'marketplace'>, id: string): RegionSource {
  const source = sourceById(region, id);
  if (!source) throw new Error(`${region.marketplace}: no source with id "${id}"`);
  return source;
}

// ---------------------------------------------------------------- return windows by category

export interface CategoryWindow {
  category: CategoryId;
  label: string;
  /** Which items of the category, when the rule covers only some. */
  items?: string | undefined;
  returnable: boolean;
  days?: number | undefined;
  remedy: 'refund-or-replacement' | 'replacement-only';
  /** The rule this row comes from; `standard` rows come from `returnWindow`. */
  rule: CategoryRule | StandardWindow;
}

/** A rule in force for an order placed on `orderDate`; without a date, a rule still in force. */
function appliesOn(rule: Validity, orderDate: Civil | undefined): boolean {
  return orderDate === undefined ? stillInForce(rule) : inForce(rule, orderDate);
}

function windowRow(rule: CategoryRule): CategoryWindow {
  return {
    category: rule.category,
    label: CATEGORIES[rule.category].label,
    items: rule.items,
    returnable: rule.returnable,
    days: rule.returnable ? rule.days : undefined,
    remedy: rule.remedy ?? 'refund-or-replacement',
    rule,
  };
}

/**
 * The region's windows as rows: the standard window first (when published), then every category rule in force
 * for an order placed on `orderDate` (default: rules still in force, that is without an end date).
 */
export function categoryWindows(region: RegionData, orderDate?: Civil): CategoryWindow[] {
  const rows: CategoryWindow[] = [];
  const standard = published(region.returnWindow);
  if (standard) {
    rows.push({ category: 'standard', label: CATEGORIES.standard.label, returnable: true, days: standard.days, remedy: 'refund-or-replacement', rule: standard });
  }
  for (const rule of region.categoryRules) if (appliesOn(rule, orderDate)) rows.push(windowRow(rule));
  return rows;
}

export type WindowAnswer =
  | { kind: 'rules'; rows: CategoryWindow[] }
  | { kind: 'standard'; row: CategoryWindow }
  | { kind: 'not-published'; missing: NotPublished };

/**
 * The window for one category: its own rules (several when they cover different items), else the standard
 * window, else "not published". A rule that started after `orderDate` does not apply to that order.
 */
export function windowFor(region: Pick<RegionData, 'categoryRules' | 'returnWindow'>, category: CategoryId, orderDate?: Civil): WindowAnswer {
  const rows = region.categoryRules.filter((rule) => rule.category === category && appliesOn(rule, orderDate)).map(windowRow);
  if (rows.length > 0) return { kind: 'rules', rows };
  const standard = published(region.returnWindow);
  if (!standard) return { kind: 'not-published', missing: region.returnWindow as NotPublished };
  return { kind: 'standard', row: { category: 'standard', label: CATEGORIES.standard.label, returnable: true, days: standard.days, remedy: 'refund-or-replacement', rule: standard } };
}

// ---------------------------------------------------------------- refund timing by payment method

export type PaymentTimeAnswer =
  /** Figures for this method (several when they differ by who shipped the order). */
  | { kind: 'method'; entries: PaymentTime[] }
  /** No figure for this method, but one for every method. */
  | { kind: 'general'; entries: PaymentTime[] }
  | { kind: 'not-published'; missing: NotPublished | PaymentTimeNotPublished };

export interface PaymentTimeQuery {
  /** Default `marketplace`: Global Store figures are only returned when asked for. */
  scope?: Scope;
  fulfilledBy?: 'amazon' | 'seller';
}

/** How long the money takes to reach `method` once the refund is issued. */
export function paymentTimeFor(region: Pick<RegionData, 'refund' | 'returnsHelpPage'>, method: PaymentMethodId, query: PaymentTimeQuery = {}): PaymentTimeAnswer {
  const times = region.refund.paymentTimes;
  if (isNotPublished(times)) return { kind: 'not-published', missing: times };
  const scope = scopeOf(query);
  const inScope = times.filter((entry) => scopeOf(entry) === scope);
  const matches = (entry: PaymentTime) => query.fulfilledBy === undefined || entry.fulfilledBy === undefined || entry.fulfilledBy === query.fulfilledBy;
  const forMethod = inScope.filter((entry) => entry.method === method);
  const missing = forMethod.find(isNotPublished);
  const entries = forMethod.filter((entry): entry is PaymentTime => !isNotPublished(entry) && matches(entry));
  if (entries.length > 0) return { kind: 'method', entries };
  const general = inScope.filter((entry): entry is PaymentTime => !isNotPublished(entry) && entry.method === undefined && matches(entry));
  if (general.length > 0 && !missing) return { kind: 'general', entries: general };
  return {
    kind: 'not-published',
    missing: missing ?? { published: false, checkAt: region.returnsHelpPage, note: `No refund time for ${lowerFirst(PAYMENT_METHODS[method].label)} in our sources.` },
  };
}

/** The payment methods the region's refund data names, in catalogue order. */
export function paymentMethodsOf(region: Pick<RegionData, 'refund'>): PaymentMethodId[] {
  const times = region.refund.paymentTimes;
  if (isNotPublished(times)) return [];
  const used = new Set(times.map((entry) => entry.method).filter((method): method is PaymentMethodId => method !== undefined));
  return (Object.keys(PAYMENT_METHODS) as PaymentMethodId[]).filter((id) => used.has(id));
}

// ---------------------------------------------------------------- holiday windows

export interface HolidayDeadline {
  returnBy: Civil;
  orDaysAfterReceipt?: number | undefined;
  orDaysAfterPurchase?: number | undefined;
  /** The fact the deadline comes from (the season or one of its variants). */
  fact: FactFields;
}

/**
 * The holiday deadline for a category in a season: a variant naming the category wins over the season's own date.
 * `undefined` when the season does not cover the category. The caller applies "whichever is later".
 */
export function holidayDeadline(season: HolidaySeason, category: CategoryId): HolidayDeadline | undefined {
  if (season.excludedCategories?.includes(category)) return undefined;
  const variant = season.variants?.find((item) => item.categories.includes(category));
  if (variant) return { returnBy: variant.returnBy, orDaysAfterReceipt: variant.orDaysAfterReceipt, orDaysAfterPurchase: variant.orDaysAfterPurchase, fact: variant };
  if (season.categories && !season.categories.includes(category)) return undefined;
  return { returnBy: season.returnBy, orDaysAfterReceipt: season.orDaysAfterReceipt, orDaysAfterPurchase: season.orDaysAfterPurchase, fact: season };
}

// ---------------------------------------------------------------- calendar

/** The region's weekend as ISO weekdays (1 = Monday … 7 = Sunday). */
export function weekendIsoDays(region: Pick<RegionData, 'weekend'>): number[] {
  return region.weekend.map((day) => WEEKDAYS[day]).sort((a, b) => a - b);
}
