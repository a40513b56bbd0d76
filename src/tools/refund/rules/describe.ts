/**
 * The timeline in words, for the page. Dates are formatted by the caller (the reader's locale). The sentence for
 * each figure comes with the region data (tools/refund/compile/compileRefundRegion.ts writes it at build time).
 */
import type { Holiday } from '../../../time/businessCalendar';
import type { CivilDate } from '../../../time/civilDate';
import type { RefundRegion, RefundStep, RefundTimeline, StepKind } from './types';
import { lowerFirst } from '../../../model/case';
import { NOT_IN_OUR_SOURCES } from '../../../model/missing';

export type FormatDate = (date: CivilDate) => string;
export type FormatDateRange = (from: CivilDate, to: CivilDate) => string;

export const STEP_TITLES: Record<StepKind, string> = {
  handover: 'You hand the parcel over',
  'refund-issued': 'Refund issued',
  'money-visible': 'The money shows on your account',
  'contact-support': 'Nothing by then? Contact support',
};

/** "Thanksgiving Day (Thu, 26 Nov 2026) skipped: not a business day.", "A (…) and B (…) skipped: …". */
export function skippedText(holidays: readonly Holiday[], formatDate: FormatDate): string {
  const names = holidays.map((holiday) => `${holiday.name} (${formatDate(holiday.date)})`);
  const last = names.pop();
  if (last === undefined) return '';
  return `${names.length > 0 ? `${names.join(', ')} and ` : ''}${last} skipped: not a business day.`;
}

/** The step's dates as one line: a single date, a range, or why there is none. */
export function stepDatesText(step: RefundStep, formatDates: FormatDateRange): string {
  if (step.earliest === null || step.latest === null) return step.waitsFor ? 'No date yet' : `No date: ${NOT_IN_OUR_SOURCES}`;
  const dates = formatDates(step.earliest, step.latest);
  return step.approximate ? `${dates} (approximately)` : dates;
}

/** The sentence the live region announces once the timeline is ready. */
export function timelineSummary(timeline: RefundTimeline, region: Pick<RefundRegion, 'store' | 'name'>, formatDate: FormatDate): string {
  const [, issued, money] = timeline.steps;
  const only = money.datesFor ? ` (for orders ${lowerFirst(money.datesFor)})` : '';
  if (timeline.expected && timeline.followUp) {
    return `Your money should show by ${formatDate(timeline.expected)}${only}. Nothing by then? Contact Amazon from ${formatDate(timeline.followUp)}.`;
  }
  if (money.notPublished.length > 0) {
    return `We can't give a date for the money: ${region.store}'s refund time for this payment method is ${NOT_IN_OUR_SOURCES}. The timeline below shows what is known and where to check.`;
  }
  if (issued.notPublished.length > 0 || money.waitsFor) {
    return `We can't give a date for the money yet: when ${region.store} issues the refund is ${NOT_IN_OUR_SOURCES}. Once Amazon tells you the refund was issued, enter that date for exact dates.`;
  }
  return "We can't give a date for the money: the dates run past the end of our calendar.";
}
