import { toCivilDate } from '../../time/civilDate';
import { REGION_PAGE_RULE } from '../../model/reviewDue';
import { isReviewDue } from '../../time/reviewDueOn';

/** How long a region page stays current, in the notice's words ("6 months"): the model's one staleness rule. */
export const REGION_PAGE_REVIEW_SPAN = REGION_PAGE_RULE.span;

/**
 * True when a region page last reviewed on `lastReviewed` is due for review on `buildDate` (both YYYY-MM-DD), by
 * the same rule `npm run sources` uses for Amazon's help pages (model/reviewDue.ts). A review dated after the build
 * date is not stale. Throws RangeError naming the bad argument.
 */
export function isStale(lastReviewed: string, buildDate: string): boolean {
  return isReviewDue(toCivilDate(lastReviewed, 'lastReviewed'), toCivilDate(buildDate, 'buildDate'), REGION_PAGE_RULE);
}
