import { toCivilDate } from '../../time/civilDate';
import { formatCivilDate, formatCivilDateRange, type CivilDateFormatOptions } from '../../time/formatCivilDate';
import { CATEGORIES, type CategoryId } from '../../model/vocabulary/categories';
import { PAYMENT_METHODS } from '../../model/vocabulary/paymentMethods';
import { COUNTS_FROM, FULFILLED_BY } from '../../model/vocabulary/regionVocabulary';
import type {
  FreeReturn,
  HolidaySeason,
  HolidaySeasonNotPublished,
  LabelFee,
  NotPublished,
  PaymentTime,
  PaymentTimeNotPublished,
  RegionData,
  StandardWindow,
  StatutoryRight,
} from '../../model/types';
import { formatDays, formatDuration, formatRange, formatWindow } from '../../model/format';
import { formatMoney } from '../../model/money';
import { NOT_IN_OUR_SOURCES } from '../../model/missing';
import { isNotPublished, paymentTimeFor, type PaymentTimeAnswer } from '../../model/regionFacts';
import { durationSortKey, rangeSortKey } from './sortKeys';
import { inForce, type Validity } from '../../model/validity';
import { scopeLabel } from '../../model/scope';
import { lowerFirst } from '../../model/case';
import { RIGHT_GROUP } from '../../model/vocabulary/rightKinds';
import { seasonYearAt } from '../../model/holidaySeason';

/**
 * The headline facts of a region, as the region page's "at a glance" box and the comparison table both show them.
 * One function per fact, so the two pages can never disagree. Each summary keeps the facts it rests on, so the
 * page can link their sources, and a `sortKey` (null when not published) for the comparison table.
 */

// ---------------------------------------------------------------- dates and locale

const DATE_FORMAT: CivilDateFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

/** "31 Jan 2026" (en-GB) or "Jan 31, 2026" (en-US). */
export function formatDate(date: string, locale: string): string {
  return formatCivilDate(toCivilDate(date, 'date'), locale, DATE_FORMAT);
}

/** "1 Nov – 31 Dec 2025". */
export function formatDateRange(from: string, to: string, locale: string): string {
  return formatCivilDateRange(toCivilDate(from, 'from'), toCivilDate(to, 'to'), locale, DATE_FORMAT);
}

export function categoryList(ids: readonly CategoryId[]): string {
  return ids.map((id) => CATEGORIES[id].label).join(', ');
}

// ---------------------------------------------------------------- standard window

export type StandardWindowSummary =
  | { published: true; fact: StandardWindow; text: string; sortKey: number }
  | { published: false; missing: NotPublished; text: string; sortKey: null };

export function standardWindowSummary(region: RegionData): StandardWindowSummary {
  const window = region.returnWindow;
  if (isNotPublished(window)) return { published: false, missing: window, text: NOT_IN_OUR_SOURCES, sortKey: null };
  return { published: true, fact: window, text: formatWindow(window.days, window.counts && COUNTS_FROM[window.counts]), sortKey: window.days };
}

// ---------------------------------------------------------------- holiday windows

export interface HolidayStatus {
  /** The season that matters on the build date. */
  seasonYear: number;
  /** The data's entry for that season, published or not; undefined when the data has none. */
  current: HolidaySeason | HolidaySeasonNotPublished | undefined;
  /** The most recent season with published dates (it may be `current`). */
  latest: HolidaySeason | undefined;
  /** Seasons newer than `latest` whose dates are not published, newest first. */
  newerNotPublished: HolidaySeasonNotPublished[];
  /** The latest published return-by date as a sortable number (YYYYMMDD), null when none. */
  sortKey: number | null;
}

/** Every season in the data, newest first. */
export function seasonsNewestFirst(region: RegionData): Array<HolidaySeason | HolidaySeasonNotPublished> {
  return [...region.holidayWindows].sort((a, b) => b.season - a.season);
}

export function holidayStatus(region: RegionData, buildDate: string): HolidayStatus {
  const seasonYear = seasonYearAt(toCivilDate(buildDate, 'buildDate'));
  const seasons = seasonsNewestFirst(region);
  const latest = seasons.find((season): season is HolidaySeason => !isNotPublished(season));
  const newerNotPublished = seasons.filter(
    (season): season is HolidaySeasonNotPublished => isNotPublished(season) && (latest === undefined || season.season > latest.season),
  );
  return {
    seasonYear,
    current: seasons.find((season) => season.season === seasonYear),
    latest,
    newerNotPublished,
    sortKey: latest ? Number(latest.returnBy.replaceAll('-', '')) : null,
  };
}

/** "return by 31 Jan 2026, or 30 days after receipt, whichever is later". */
export function holidayDeadlineText(
  deadline: { returnBy: string; orDaysAfterReceipt?: number | undefined; orDaysAfterPurchase?: number | undefined },
  locale: string,
): string {
  const date = `return by ${formatDate(deadline.returnBy, locale)}`;
  if (deadline.orDaysAfterReceipt !== undefined) return `${date}, or ${formatDays(deadline.orDaysAfterReceipt)} after receipt, whichever is later`;
  if (deadline.orDaysAfterPurchase !== undefined) return `${date}, or ${formatDays(deadline.orDaysAfterPurchase)} after purchase, whichever is later`;
  return date;
}

/** "Bought 1 Nov – 31 Dec 2025: return by 31 Jan 2026". */
export function holidaySeasonText(season: HolidaySeason, locale: string): string {
  return `Bought ${formatDateRange(season.purchasedFrom, season.purchasedTo, locale)}: ${holidayDeadlineText(season, locale)}`;
}

/**
 * A past season in the past tense, with its year: "In the 2025 season, orders placed 1 Nov – 31 Dec 2025 could go
 * back until 31 Jan 2026". For the latest season on file when this season's dates are not in our sources.
 */
export function pastHolidaySeasonText(season: HolidaySeason, locale: string): string {
  const later = (days: number, after: string) => `, or ${formatDays(days)} after ${after}, whichever was later`;
  const extra = season.orDaysAfterReceipt !== undefined ? later(season.orDaysAfterReceipt, 'receipt') : season.orDaysAfterPurchase !== undefined ? later(season.orDaysAfterPurchase, 'purchase') : '';
  return `In the ${season.season} season, orders placed ${formatDateRange(season.purchasedFrom, season.purchasedTo, locale)} could go back until ${formatDate(season.returnBy, locale)}${extra}`;
}

/** The short form the comparison table shows. */
export function holidayCompareLines(status: HolidayStatus, locale: string): string[] {
  const lines: string[] = [];
  if (status.latest) {
    const earlier = status.latest.variants?.length ? ' (earlier for some categories)' : '';
    lines.push(`${status.latest.season} season: return by ${formatDate(status.latest.returnBy, locale)}${earlier}`);
  }
  const missing = status.newerNotPublished.map((season) => season.season).sort((a, b) => a - b);
  if (missing.length === 1) lines.push(`${missing[0]} season: ${NOT_IN_OUR_SOURCES}`);
  if (missing.length > 1) lines.push(`${missing.slice(0, -1).join(', ')} and ${missing.at(-1)} seasons: ${NOT_IN_OUR_SOURCES}`);
  return lines.length > 0 ? lines : [NOT_IN_OUR_SOURCES];
}

// ---------------------------------------------------------------- money back to a card

export interface PaymentLine {
  text: string;
  /** Who shipped it, Global Store, or where the money goes: "shipped by Amazon". Empty when none applies. */
  qualifier: string;
  fact: PaymentTime;
}

export interface CardRefundSummary {
  answer: PaymentTimeAnswer;
  /** True when the figure is the region's one figure for every payment method. */
  general: boolean;
  lines: PaymentLine[];
  sortKey: number | null;
}

/** "Shipped by Amazon, refunded to bank account": what distinguishes one payment-time entry from another. */
export function paymentQualifier(entry: PaymentTime | PaymentTimeNotPublished): string {
  const parts: string[] = [];
  if ('fulfilledBy' in entry && entry.fulfilledBy) parts.push(FULFILLED_BY[entry.fulfilledBy]);
  const scope = scopeLabel(entry);
  if (scope) parts.push(scope);
  if ('refundedAs' in entry && entry.refundedAs) parts.push(`refunded to ${lowerFirst(PAYMENT_METHODS[entry.refundedAs].label)}`);
  return parts.map((part, index) => (index === 0 ? part : lowerFirst(part))).join(', ');
}

/** How long the money takes to reach a credit card once the refund is issued (the card most readers pay with). */
export function cardRefundSummary(region: RegionData): CardRefundSummary {
  const answer = paymentTimeFor(region, 'credit-card');
  if (answer.kind === 'not-published') return { answer, general: false, lines: [], sortKey: null };
  const lines = answer.entries.map((entry) => ({ text: formatRange(entry), qualifier: paymentQualifier(entry), fact: entry }));
  return { answer, general: answer.kind === 'general', lines, sortKey: Math.max(...answer.entries.map(rangeSortKey)) };
}

export function cardRefundCompareLines(summary: CardRefundSummary): string[] {
  if (summary.lines.length === 0) return [NOT_IN_OUR_SOURCES];
  return summary.lines.map((line) => {
    const qualifier = [lowerFirst(line.qualifier), summary.general ? 'one figure for every payment method' : ''].filter(Boolean).join('; ');
    return qualifier ? `${line.text} (${qualifier})` : line.text;
  });
}

// ---------------------------------------------------------------- statutory withdrawal right

export type WithdrawalSummary =
  | { kind: 'period'; rights: StatutoryRight[]; lines: string[]; sortKey: number | null }
  | { kind: 'none-online'; fact: StatutoryRight; lines: string[]; sortKey: number }
  /** No general right to cancel; rights to cancel only in particular cases (kind conditional-cancellation). */
  | { kind: 'conditional-only'; rights: StatutoryRight[]; lines: string[]; sortKey: number }
  | { kind: 'not-published'; missing: NotPublished | undefined; lines: string[]; sortKey: null };

export const NO_WITHDRAWAL_TEXT = 'none for online orders';

/** "14 days", "7 days in Québec", or "period not published" for a right the data names without a period. */
export function rightPeriodText(right: StatutoryRight): string {
  const period = right.period ? formatDuration(right.period) : `period ${NOT_IN_OUR_SOURCES}`;
  return right.jurisdiction ? `${period} in ${right.jurisdiction}` : period;
}

/**
 * "No general right; conditional rights in Ontario and Québec": where the law gives a right to cancel only in
 * particular cases (a missing disclosure, a contract made by phone), never a general cooling-off. From the rights'
 * jurisdictions; "in particular cases only" when they name none.
 */
export function conditionalRightsText(rights: ReadonlyArray<Pick<StatutoryRight, 'jurisdiction'>>): string {
  const places = [...new Set(rights.flatMap((right) => (right.jurisdiction ? [right.jurisdiction] : [])))].sort((a, b) => a.localeCompare(b, 'en'));
  if (places.length === 0) return 'No general right; conditional rights in particular cases only';
  const where = places.length === 1 ? places[0] : `${places.slice(0, -1).join(', ')} and ${places.at(-1)}`;
  return `No general right; conditional rights in ${where}`;
}

/**
 * The law's right to cancel an online order, in force on `date`: its period(s), "none for online orders" when the
 * data records that there is no cooling-off period, else not published.
 */
export function withdrawalSummary(region: RegionData, date: string): WithdrawalSummary {
  const rights = region.statutoryRights;
  if (isNotPublished(rights)) return { kind: 'not-published', missing: rights, lines: [NOT_IN_OUR_SOURCES], sortKey: null };
  const current = rights.filter((right) => inForce(right, date));
  const withdrawal = current.filter((right) => right.kind === 'withdrawal');
  if (withdrawal.length > 0) {
    const periods = withdrawal.flatMap((right) => (right.period ? [durationSortKey(right.period)] : []));
    return { kind: 'period', rights: withdrawal, lines: withdrawal.map(rightPeriodText), sortKey: periods.length > 0 ? Math.min(...periods) : null };
  }
  const conditional = current.filter((right) => RIGHT_GROUP[right.kind] === 'cancel-conditional');
  if (conditional.length > 0) return { kind: 'conditional-only', rights: conditional, lines: [conditionalRightsText(conditional)], sortKey: 0 };
  const none = current.find((right) => right.kind === 'no-cooling-off');
  if (none) return { kind: 'none-online', fact: none, lines: [NO_WITHDRAWAL_TEXT], sortKey: 0 };
  return { kind: 'not-published', missing: undefined, lines: [NOT_IN_OUR_SOURCES], sortKey: null };
}

// ---------------------------------------------------------------- return cost

export interface ReturnCostSummary {
  free: FreeReturn[] | NotPublished;
  fees: LabelFee[] | NotPublished;
  /** The fee the summary quotes ("Label fee from £3.99"); undefined when no fee is published. */
  fee: LabelFeeSummary | undefined;
  /** 1: free in some cases; 2: only fees published; null: nothing published. */
  sortKey: number | null;
}

export interface LabelFeeSummary {
  /** "Label fee from £3.99", or "Label fee charged; amount not in our sources yet". */
  text: string;
  /** The fee quoted (the lowest), or the first fee when none gives an amount. */
  fact: LabelFee;
}

export const FREE_IN_SOME_CASES_TEXT = 'Free in some cases';

/** The lowest published label fee, "from" when fees vary or the source says "from". */
export function labelFeeSummary(fees: readonly LabelFee[], locale: string): LabelFeeSummary | undefined {
  const first = fees[0];
  if (!first) return undefined;
  const priced = fees.filter((entry): entry is LabelFee & { fee: NonNullable<LabelFee['fee']> } => entry.fee !== undefined);
  const lowest = [...priced].sort((a, b) => a.fee.amount - b.fee.amount)[0];
  if (!lowest) return { text: `Label fee charged; amount ${NOT_IN_OUR_SOURCES}`, fact: first };
  const varies = priced.length < fees.length || priced.some(({ fee }) => fee.amount !== lowest.fee.amount || fee.currency !== lowest.fee.currency);
  return { text: `Label fee ${formatMoney({ ...lowest.fee, atLeast: lowest.fee.atLeast === true || varies }, locale)}`, fact: lowest };
}

export function returnCostSummary(region: RegionData, locale: string): ReturnCostSummary {
  const { freeReturns: free, labelFees: fees } = region.costs;
  const hasFree = !isNotPublished(free) && free.length > 0;
  const fee = isNotPublished(fees) ? undefined : labelFeeSummary(fees, locale);
  return { free, fees, fee, sortKey: hasFree ? 1 : fee ? 2 : null };
}

export function returnCostCompareLines(summary: ReturnCostSummary): string[] {
  const lines: string[] = [];
  if (summary.sortKey === 1) lines.push(FREE_IN_SOME_CASES_TEXT);
  if (summary.fee) lines.push(summary.fee.text);
  return lines.length > 0 ? lines : [NOT_IN_OUR_SOURCES];
}

// ---------------------------------------------------------------- validity

/** "From 25 Mar 2024", "Until 22 Jun 2025", "25 Mar 2024 to 22 Jun 2025"; empty when the rule has no dates. */
export function validityText(rule: Validity, locale: string): string {
  const from = rule.validFrom ? formatDate(rule.validFrom, locale) : undefined;
  const to = rule.validTo ? formatDate(rule.validTo, locale) : undefined;
  if (from && to) return `${from} to ${to}`;
  if (from) return `From ${from}`;
  if (to) return `Until ${to}`;
  return '';
}
