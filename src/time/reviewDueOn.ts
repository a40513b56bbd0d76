import type { ReviewRule } from '../model/reviewDue';
import { addMonths } from './addMonths';
import { toCivilDate } from './civilDate';

/** The day something last read on `readOn` (YYYY-MM-DD) is due for review under `rule` (model/reviewDue.ts). */
export function reviewDueOn(readOn: string, rule: ReviewRule): string {
  if (rule.kind === 'every-months') return addMonths(toCivilDate(readOn), rule.months);
  const onThisYear = `${readOn.slice(0, 4)}-${rule.monthDay}`;
  return readOn < onThisYear ? onThisYear : `${String(Number(readOn.slice(0, 4)) + 1).padStart(4, '0')}-${rule.monthDay}`;
}

/** True when something read on `readOn` is due for review on `today` under `rule`. */
export function isReviewDue(readOn: string, today: string, rule: ReviewRule): boolean {
  return reviewDueOn(readOn, rule) <= today;
}
