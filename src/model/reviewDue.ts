import type { SOURCE_KINDS } from './vocabulary/regionVocabulary';

/**
 * When a fact is due for another look: the one staleness rule. `npm run sources` lists the facts due for review
 * with it, and a region page shows "may be out of date" with it. Dates are YYYY-MM-DD and compare as text.
 *
 * - A source is re-read at an interval that depends on its kind: Amazon's pages change often, a law rarely.
 * - Holiday return windows are announced each autumn, so facts about them are due every year on 1 September,
 *   whatever their source's kind.
 * The day a reading falls due under a rule is date arithmetic: time/reviewDueOn.ts.
 */
/** Every so many months after the last reading: `span` words the interval ("6 months", "1 year"). */
export interface EveryMonthsRule {
  kind: 'every-months';
  months: number;
  span: string;
  label: string;
}
export type ReviewRule = EveryMonthsRule | { kind: 'every-year-on'; monthDay: `${number}-${number}`; label: string };

function everyMonths(months: number): EveryMonthsRule {
  const span = months % 12 === 0 ? `${months / 12} ${months === 12 ? 'year' : 'years'}` : `${months} months`;
  return { kind: 'every-months', months, span, label: months === 12 ? 'every year' : `every ${span}` };
}

/** How often each kind of source is re-read. */
export const REVIEW_RULES = {
  'amazon-help': everyMonths(6),
  'amazon-seller-help': everyMonths(6),
  'amazon-news': everyMonths(12),
  law: everyMonths(12),
  government: everyMonths(12),
  press: everyMonths(6),
  copy: everyMonths(6),
  library: everyMonths(12),
} as const satisfies Readonly<Record<keyof typeof SOURCE_KINDS, EveryMonthsRule>>;

/** Facts about holiday return windows: every year on 1 September, before Amazon announces the season. */
export const HOLIDAY_WINDOWS_RULE: ReviewRule = { kind: 'every-year-on', monthDay: '09-01', label: 'every year on 1 September' };

/** A region page rests on Amazon's returns help page, so it is reviewed as often as Amazon's help pages are read. */
export const REGION_PAGE_RULE: EveryMonthsRule = REVIEW_RULES['amazon-help'];

/** The rule for one fact: its region field (the first part of its path) and its source's kind. */
export function reviewRuleFor(field: string | undefined, sourceKind: keyof typeof SOURCE_KINDS): ReviewRule {
  return field === 'holidayWindows' ? HOLIDAY_WINDOWS_RULE : REVIEW_RULES[sourceKind];
}
