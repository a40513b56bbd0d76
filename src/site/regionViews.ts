import type { FactFields, HolidaySeason, NotPublished, RegionData, StatutoryRight } from '../model/types';
import { CATEGORIES } from '../model/vocabulary/categories';
import { formatDays, formatReviewDate } from '../model/format';
import { rightKindsIn, type RightKind } from '../model/vocabulary/rightKinds';
import { PAYMENT_METHODS, type PaymentMethodId } from '../model/vocabulary/paymentMethods';
import { categoryWindows, isNotPublished, paymentTimeFor, published, type CategoryWindow } from '../model/regionFacts';
import { categoryRuleItems, describeRegionValue } from '../model/describeRegionValue';
import { lookupRegionPath } from '../model/dataPath';
import { inMarketplace } from '../model/scope';
import { placeToName } from '../model/jurisdiction';
import { NONE_IN_OUR_SOURCES, notInOurSources } from '../model/missing';

/**
 * What a region table shows in each cell, as data: pages render it, tests compare it with the region files.
 * A cell holds one or more lines; each line is a fact (with its source), "not published" (with the page to
 * check) or a plain remark such as "none in our sources".
 */
export type CellLine =
  | { kind: 'fact'; text: string; fact: FactFields | undefined }
  | { kind: 'not-published'; missing: NotPublished; label?: string }
  | { kind: 'none'; text: string };

export interface RegionColumn {
  heading: string;
  cell: (region: RegionData) => CellLine[];
}

export interface RegionView {
  caption: string;
  columns: RegionColumn[];
}

/** A field left out of this region's data: "not published", sending readers to its returns page. */
export function notInSources(region: RegionData, what: string): NotPublished {
  return { published: false, checkAt: region.returnsHelpPage, note: notInOurSources(what) };
}

const fact = (text: string, source: FactFields | undefined): CellLine => ({ kind: 'fact', text, fact: source });

/** One line per fact of a list (or "not published"), skipping facts the describer cannot put in words. */
function lines<T>(list: T[] | NotPublished, describe: (item: T) => CellLine | undefined, empty: () => CellLine): CellLine[] {
  if (isNotPublished(list)) return [{ kind: 'not-published', missing: list }];
  const found = list.map(describe).filter((line): line is CellLine => line !== undefined);
  return found.length > 0 ? found : [empty()];
}

// ---------------------------------------------------------------- columns

function paymentColumn(method: PaymentMethodId): RegionColumn {
  return {
    heading: PAYMENT_METHODS[method].label,
    cell: (region) => {
      const answer = paymentTimeFor(region, method);
      if (answer.kind === 'not-published') return [{ kind: 'not-published', missing: answer.missing }];
      const suffix = answer.kind === 'general' ? ' (any payment method)' : '';
      return answer.entries.map((entry) => fact(`${describeRegionValue(entry, '', undefined) ?? ''}${suffix}`, entry));
    },
  };
}

function rightsColumn(heading: string, kinds: readonly RightKind[]): RegionColumn {
  return {
    heading,
    cell: (region) =>
      lines<StatutoryRight>(
        region.statutoryRights,
        (right) => {
          if (!kinds.includes(right.kind)) return undefined;
          const period = right.period ? describeRegionValue(right.period, 'period', right) : undefined;
          const place = placeToName(right.title, right, region.name);
          const where = place ? ` (${place})` : '';
          return fact(period ? `${period}${where}: ${right.title}` : `${right.title}${where}`, right);
        },
        () => ({ kind: 'none', text: NONE_IN_OUR_SOURCES }),
      ),
  };
}

/** A column showing one field of every region, by the same path `RegionValue` takes. */
export function pathColumn(path: string, heading: string): RegionColumn {
  return {
    heading,
    cell: (region) => {
      const found = lookupRegionPath(region, path);
      if (found.kind === 'not-published') return [{ kind: 'not-published', missing: found.missing }];
      if (found.kind !== 'value') return [{ kind: 'not-published', missing: notInSources(region, heading) }];
      const items = Array.isArray(found.value) ? found.value : [found.value];
      return items.map((item, index) => {
        if (isNotPublished(item)) return { kind: 'not-published', missing: item };
        const key = Array.isArray(found.value) ? String(index) : found.key;
        const text = describeRegionValue(item, key, Array.isArray(found.value) ? found.value : found.parent, region.locale);
        return fact(text ?? '', typeof item === 'object' && item !== null && 'source' in item ? (item as FactFields) : found.fact);
      });
    },
  };
}

/**
 * Why a path cannot make a table: written wrongly, found in no region, or leading to something that is not a value.
 * `undefined` when it is fine.
 */
export function pathTableProblem(regions: RegionData[], path: string): string | undefined {
  const lookups = regions.map((region) => ({ region, found: lookupRegionPath(region, path) }));
  const invalid = lookups.find(({ found }) => found.kind === 'invalid');
  if (invalid && invalid.found.kind === 'invalid') return invalid.found.problem;
  // A field left out or unpublished in some regions is fine; one that no region has as a value is a typo.
  if (lookups.some(({ found }) => found.kind === 'absent') && !lookups.some(({ found }) => found.kind === 'value')) {
    const first = lookups.find(({ found }) => found.kind === 'absent');
    return `no region has this field${first?.found.kind === 'absent' ? ` (${first.region.name}: ${first.found.problem})` : ''}`;
  }
  for (const { region, found } of lookups) {
    if (found.kind !== 'value') continue;
    const items = Array.isArray(found.value) ? found.value : [found.value];
    const parent = Array.isArray(found.value) ? found.value : found.parent;
    const unreadable = items.find((item, index) => !isNotPublished(item) && describeRegionValue(item, Array.isArray(found.value) ? String(index) : found.key, parent) === undefined);
    if (unreadable !== undefined) {
      const fields = typeof unreadable === 'object' && unreadable !== null ? ` (in ${region.name} it has: ${Object.keys(unreadable).join(', ')})` : '';
      return `leads to a whole section, not one value${fields}: add the field to show, for example ${path}.days`;
    }
  }
  return undefined;
}

/**
 * Category rules with the same window and the same source on one line ("14 days: Electronics; Software"), so a
 * region with twenty rules still fits a table cell.
 */
function groupedLines(rows: CategoryWindow[], window: (row: CategoryWindow) => string, line: (text: string, items: string) => string): CellLine[] {
  const groups = new Map<string, { text: string; items: string[]; rule: FactFields }>();
  for (const row of rows) {
    const text = window(row);
    const key = `${text}\u0000${row.rule.source}\u0000${row.rule.confidence}`;
    const group = groups.get(key) ?? { text, items: [], rule: row.rule };
    group.items.push(categoryRuleItems(row.category, row.items));
    groups.set(key, group);
  }
  if (groups.size === 0) return [{ kind: 'none', text: NONE_IN_OUR_SOURCES }];
  return [...groups.values()].map((group) => fact(line(group.text, group.items.join('; ')), group.rule));
}

/** "2025 season: bought 1 November – 31 December 2025, return by 31 January 2026; Apple products by 15 January 2026". */
function holidayLine(season: HolidaySeason): string {
  const bought = `bought ${formatReviewDate(season.purchasedFrom)} – ${formatReviewDate(season.purchasedTo)}`;
  const later = season.orDaysAfterReceipt ? ` (or ${formatDays(season.orDaysAfterReceipt)} after receipt, if later)` : '';
  const variants = (season.variants ?? []).map((variant) => `; ${variant.categories.map((id) => CATEGORIES[id].label).join(', ')} by ${formatReviewDate(variant.returnBy)}`).join('');
  return `${season.season} season: ${bought}, return by ${formatReviewDate(season.returnBy)}${later}${variants}`;
}

/** The newest holiday season in the data and, when its dates are not published, the latest one that is. */
function holidayLines(region: RegionData): CellLine[] {
  const seasons = [...region.holidayWindows].sort((a, b) => b.season - a.season);
  const [newest] = seasons;
  if (!newest) return [{ kind: 'not-published', missing: notInSources(region, 'A holiday extension') }];
  const lines: CellLine[] = [];
  if (isNotPublished(newest)) lines.push({ kind: 'not-published', missing: newest, label: `${newest.season} season` });
  const latest = seasons.find((season): season is HolidaySeason => !isNotPublished(season));
  if (latest) lines.push(fact(holidayLine(latest), latest));
  return lines;
}

// ---------------------------------------------------------------- named views

export const REGION_VIEWS = {
  'return-window': {
    caption: 'Standard return window',
    columns: [pathColumn('returnWindow', 'Standard return window')],
  },
  'category-windows': {
    caption: 'Items with a different return window, or none',
    columns: [
      {
        heading: 'Different window',
        cell: (region) => {
          const standard = published(region.returnWindow)?.days;
          const rows = categoryWindows(region).filter((row) => row.category !== 'standard' && row.returnable && row.days !== standard);
          return groupedLines(rows, (row) => describeRegionValue(row.rule, '', undefined) ?? '', (text, items) => `${text}: ${items}`);
        },
      },
      {
        heading: 'Cannot be returned',
        cell: (region) => groupedLines(categoryWindows(region).filter((row) => !row.returnable), () => '', (_text, items) => items),
      },
    ],
  },
  'holiday-windows': {
    caption: 'Holiday return windows: the newest season in our data',
    columns: [{ heading: 'Holiday season', cell: holidayLines }],
  },
  'card-refund-time': {
    caption: 'How long a card refund takes to reach you, counted from when it is issued',
    columns: [paymentColumn('credit-card'), paymentColumn('debit-card')],
  },
  'refund-issued': {
    caption: 'When the refund is issued',
    columns: [
      pathColumn('refund.issued', 'When the refund is issued'),
      {
        heading: 'Longest time to receive and process a return',
        cell: (region) =>
          lines(
            region.refund.timeline,
            (stage) => (inMarketplace(stage) ? fact(describeRegionValue(stage, '', undefined) ?? '', stage) : undefined),
            () => ({ kind: 'not-published', missing: notInSources(region, 'The processing time') }),
          ),
      },
    ],
  },
  'return-options': {
    caption: 'Where to drop off a return, or who collects it',
    columns: [pathColumn('returnOptions', 'Drop-off and pickup')],
  },
  'a-to-z-claim': {
    caption: 'A-to-z Guarantee: when you can claim',
    columns: [pathColumn('aToZ.waitBeforeClaim', 'Wait for the seller before claiming'), pathColumn('aToZ.claimWindow', 'Claim within')],
  },
  'statutory-rights': {
    caption: 'What the law gives you, beside the store’s policy',
    columns: [
      rightsColumn('Change your mind', rightKindsIn('cancel')),
      rightsColumn('Refund deadline', rightKindsIn('refund')),
      rightsColumn('Faulty goods', rightKindsIn('faulty')),
    ],
  },
  'renewed-guarantee': {
    caption: 'Amazon Renewed guarantee',
    columns: [pathColumn('renewedGuarantee.period', 'Guarantee period'), pathColumn('renewedGuarantee.summary', 'What it gives')],
  },
} as const satisfies Record<string, RegionView>;

export type RegionViewId = keyof typeof REGION_VIEWS;

export function isRegionViewId(value: unknown): value is RegionViewId {
  return typeof value === 'string' && Object.hasOwn(REGION_VIEWS, value);
}
