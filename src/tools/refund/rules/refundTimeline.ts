/**
 * The refund timeline: hand-over → refund issued → money visible → "nothing by then? contact support".
 * Pure: the region's data and its business calendar come in, dates come out. Never throws for validated answers;
 * a date that cannot be counted (past 9999-12-31) comes back as null, like one that is not published.
 */
import { addDays } from '../../../time/addDays';
import type { BusinessCalendar } from '../../../time/businessCalendar';
import type { CivilDate } from '../../../time/civilDate';
import { issuedStep } from './issuedStep';
import { moneyStep } from './moneyStep';
import { answerStep, stepOf } from './stepOf';
import type { RefundInput, RefundRegion, RefundStep, RefundTimeline } from './types';

export function refundTimeline(input: RefundInput, region: RefundRegion, calendar: BusinessCalendar): RefundTimeline {
  const handover = answerStep('handover', input.handover);
  const issued = issuedStep(input, region, calendar);
  const money = moneyStep(input, region, calendar, issued);
  const contact = contactStep(money);
  return { input, steps: [handover, issued, money, contact], expected: money.latest, followUp: contact.latest };
}

/** The day after the last day the money should show; no date while that day is unknown. */
function contactStep(money: RefundStep): RefundStep {
  const day = money.latest === null ? null : dayAfter(money.latest);
  if (day === null) {
    return stepOf('contact-support', { found: [], waitsFor: money.waitsFor ?? 'money-visible' });
  }
  return { ...answerStep('contact-support', day), fromAnswer: false, datesFor: money.datesFor };
}

function dayAfter(date: CivilDate): CivilDate | null {
  try {
    return addDays(date, 1);
  } catch {
    return null;
  }
}
