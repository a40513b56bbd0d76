import { buildIcs } from '../../../time/ics';
import type { EligibilityRegion } from './eligibilityRegion';
import type { EligibilityInput, EligibilityResult } from './types';
import { lowerFirst } from '../../../model/case';

/** The reminder fires at 09:00 two days before the last day, in the reader's own calendar. */
export const REMINDER_OFFSET_MINUTES = -2 * 24 * 60 + 9 * 60;

export interface ReminderFile {
  filename: string;
  text: string;
}

/**
 * An all-day calendar event on the day the answer's deadline falls, with a reminder two days before.
 * Undefined when there is no date still ahead to remind of. The UID follows the order, so downloading the file again
 * updates the event instead of adding a second one. What it needs of the rules comes with the result (`remindOn`,
 * `item`): this file loads on the button's click, and a module it shared with the checker would be a file of its own.
 */
export function returnReminderIcs(
  input: EligibilityInput,
  region: Pick<EligibilityRegion, 'id' | 'store'>,
  result: EligibilityResult,
  options: { now: Date; pageUrl: string },
): ReminderFile | undefined {
  const deadline = result.deadline;
  if (!deadline || !result.remindOn) return undefined;
  const what = lowerFirst(result.item);
  const store = region.store;
  const summary = deadline.kind === 'renewed-guarantee' || deadline.kind === 'faulty-goods' || deadline.kind === 'legal-guarantee'
    ? `${deadline.label} ends: ${what} from ${store}`
    : `Last day to return: ${what} from ${store}`;
  const text = buildIcs({
    uid: `return-${region.id}-${input.category}-${input.delivered}@refund-atlas`,
    productId: '-//Refund Atlas//Return eligibility checker//EN',
    name: 'Refund Atlas reminders',
    now: options.now,
    events: [
      {
        date: deadline.date,
        summary,
        description: `${deadline.label}: ${deadline.detail}\nSource: ${deadline.source.title} (${deadline.source.url})\nYour answer: ${options.pageUrl}`,
        url: options.pageUrl,
      },
    ],
    alarm: { offsetMinutes: REMINDER_OFFSET_MINUTES, description: `2 days left: ${summary}` },
  });
  return { filename: `return-by-${deadline.date}.ics`, text };
}
