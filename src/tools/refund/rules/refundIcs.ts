/**
 * "Add to calendar": an .ics file with two all-day events, the last day the money should show and the day after,
 * when to contact support if nothing has arrived. Each has a 09:00 reminder.
 */
import { buildIcs } from '../../../time/ics';
import type { FormatDate } from './describe';
import type { RefundTimeline } from './types';

export interface RefundIcsOptions {
  readonly timeline: RefundTimeline;
  readonly regionName: string;
  /** "Credit card", "Any payment method". */
  readonly methodLabel: string;
  /** Absolute address of the estimate (the shareable link). */
  readonly estimateUrl: string;
  /** Absolute address of the "refund has not arrived" guide. */
  readonly helpUrl: string;
  /** When the file is made (DTSTAMP). */
  readonly now: Date;
  readonly formatDate?: FormatDate;
}

/** The .ics text, or null when the timeline has no expected date to put in a calendar. */
export function refundIcs(options: RefundIcsOptions): string | null {
  const { timeline, regionName, methodLabel, estimateUrl, helpUrl, now } = options;
  const { expected, followUp, input } = timeline;
  if (expected === null || followUp === null) return null;
  const formatDate = options.formatDate ?? ((date) => date);
  const uid = ['refund', input.region, input.method, input.how, input.handover, input.issued].filter(Boolean).join('-');
  return buildIcs({
    uid: `${uid}@refund-atlas`,
    productId: '-//Refund Atlas//Refund estimator//EN',
    name: 'Refund dates',
    now,
    alarm: { offsetMinutes: 9 * 60 },
    events: [
      {
        date: expected,
        summary: `Refund should show today: ${methodLabel} (${regionName})`,
        description: `By today the refund should show on your account, going by the times published for ${regionName}. Your estimate: ${estimateUrl}`,
        url: estimateUrl,
      },
      {
        date: followUp,
        summary: 'Refund not arrived? Contact Amazon',
        description: `If the refund had not reached you by ${formatDate(expected)}, contact Amazon customer service. What to tell them: ${helpUrl}`,
        url: helpUrl,
      },
    ],
  });
}
