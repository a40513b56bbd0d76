import type { FactFields, RegionData } from '../../model/types';
import { isNotPublished, isReported } from '../../model/regionFacts';
import { factSourceYear, sourceYearLabel } from '../../model/sourceAge';
import {
  cardRefundCompareLines,
  cardRefundSummary,
  holidayCompareLines,
  holidayStatus,
  returnCostCompareLines,
  returnCostSummary,
  standardWindowSummary,
  withdrawalSummary,
} from './summaries';

/**
 * The rows of the "Compare regions" table: one per region, each cell the same summary the region page shows,
 * with a number to sort by (null: not published, always sorted last).
 */

export type ComparisonKey = 'window' | 'holiday' | 'card' | 'withdrawal' | 'cost';

export interface ComparisonColumn {
  key: 'region' | ComparisonKey;
  label: string;
  /** Shown under the label: what the figure means. */
  detail?: string;
  /** What each order means, for the announcement after sorting. */
  ascending: string;
  descending: string;
}

export const COMPARISON_COLUMNS: readonly ComparisonColumn[] = [
  { key: 'region', label: 'Region', ascending: 'A to Z', descending: 'Z to A' },
  { key: 'window', label: 'Standard return window', ascending: 'shortest first', descending: 'longest first' },
  {
    key: 'holiday',
    label: 'Latest holiday window',
    detail: 'most recent season with dates in our sources',
    ascending: 'earliest return-by date first',
    descending: 'latest return-by date first',
  },
  { key: 'card', label: 'Money back to a credit card', detail: 'after the refund is issued', ascending: 'fastest first', descending: 'slowest first' },
  { key: 'withdrawal', label: 'Legal right to cancel', detail: 'statutory withdrawal period', ascending: 'shortest first', descending: 'longest first' },
  { key: 'cost', label: 'Return cost', detail: 'free cases and label fees', ascending: 'free in some cases first', descending: 'label fee only first' },
];

export interface ComparisonCell {
  lines: string[];
  sortKey: number | null;
  /** The figure rests on at least one fact read in a copy or a report. */
  reported: boolean;
}

export interface ComparisonRow {
  id: string;
  name: string;
  marketplace: string;
  cells: Record<ComparisonKey, ComparisonCell>;
}

export interface RegionEntry {
  id: string;
  data: RegionData;
}

/**
 * The cell's lines, the figure's line (the last, or the first for the holiday cell, whose later lines name seasons
 * not in our sources) ending "(2021 source)" when the oldest fact it rests on has an old source.
 */
function withYear(region: RegionData, lines: string[], facts: ReadonlyArray<FactFields | undefined>, line: 'first' | 'last' = 'last'): string[] {
  const years = facts.flatMap((fact) => (fact ? (factSourceYear(region, fact) ?? []) : []));
  if (years.length === 0 || lines.length === 0) return lines;
  const index = line === 'first' ? 0 : lines.length - 1;
  return lines.map((text, at) => (at === index ? `${text} ${sourceYearLabel(Math.min(...years))}` : text));
}

const anyReported = (region: RegionData, facts: ReadonlyArray<FactFields | undefined>) => facts.some((fact) => fact !== undefined && isReported(region, fact));

/** One region's row. `buildDate` picks the holiday season and the rights in force; `locale` formats dates and money. */
export function comparisonRow(entry: RegionEntry, buildDate: string, locale: string): ComparisonRow {
  const region = entry.data;
  const window = standardWindowSummary(region);
  const holiday = holidayStatus(region, buildDate);
  const card = cardRefundSummary(region);
  const withdrawal = withdrawalSummary(region, buildDate);
  const cost = returnCostSummary(region, locale);
  const costFacts = [...(isNotPublished(cost.free) ? [] : cost.free), cost.fee?.fact];
  const withdrawalFacts = withdrawal.kind === 'period' || withdrawal.kind === 'conditional-only' ? withdrawal.rights : withdrawal.kind === 'none-online' ? [withdrawal.fact] : [];
  return {
    id: entry.id,
    name: region.name,
    marketplace: region.marketplace,
    cells: {
      window: { lines: withYear(region, [window.text], [window.published ? window.fact : undefined]), sortKey: window.sortKey, reported: anyReported(region, [window.published ? window.fact : undefined]) },
      holiday: { lines: withYear(region, holidayCompareLines(holiday, locale), [holiday.latest], 'first'), sortKey: holiday.sortKey, reported: anyReported(region, [holiday.latest]) },
      card: { lines: withYear(region, cardRefundCompareLines(card), card.lines.map((line) => line.fact)), sortKey: card.sortKey, reported: anyReported(region, card.lines.map((line) => line.fact)) },
      withdrawal: { lines: withYear(region, withdrawal.lines, withdrawalFacts), sortKey: withdrawal.sortKey, reported: anyReported(region, withdrawalFacts) },
      cost: { lines: withYear(region, returnCostCompareLines(cost), cost.sortKey !== null ? costFacts : []), sortKey: cost.sortKey, reported: cost.sortKey !== null && anyReported(region, costFacts) },
    },
  };
}

/** Every region's row, by region name (the order the table has before anyone sorts it). */
export function comparisonRows(entries: readonly RegionEntry[], buildDate: string, locale: string): ComparisonRow[] {
  return entries.map((entry) => comparisonRow(entry, buildDate, locale)).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
