/**
 * The one sentence of law a support message may carry: chosen from the region's statutory rights by what went
 * wrong and by the dates, worded from the data (kind, law name, period, what it counts from), never retyped.
 *
 * A right is only cited when the dates show it applies: a cancellation refund deadline only when the item went
 * back within the cancellation period, a right to reject only while it lasts. Rights limited to one province or
 * state are never cited, because the composer does not know where the reader lives.
 */
import type { CivilDate } from '../../../time/civilDate';
import { inForce } from '../../../model/validity';
import { regionWide } from '../../../model/jurisdiction';
import type { SituationId } from './situations';
import type { SupportRegion, SupportRight } from './supportRegion';
import { weekendsOnly, withinPeriod, type BusinessDays } from '../../../time/period';

export interface LegalDates {
  delivered: CivilDate;
  handover?: CivilDate | undefined;
  today: CivilDate;
}

export type LegalBasis =
  | { kind: 'sentence'; sentence: string; right: SupportRight }
  /** `reason` says, for the reader, why the message makes no legal claim. */
  | { kind: 'none'; reason: string };

type Attempt = { kind: 'sentence'; sentence: string } | { kind: 'skip'; reason?: string };

export function legalBasisFor(region: SupportRegion, situation: SituationId, dates: LegalDates): LegalBasis {
  const rights = region.rights.filter((right) => regionWide(right, region.name) && inForce(right, dates.delivered));
  // Legal periods count weekends only, as the checker counts them (see time/period.ts).
  const days = weekendsOnly(region.weekend);
  const reasons: string[] = [];
  // The rights that fit the situation, most specific first: chosen at build time (rightsFor.ts).
  for (const index of region.citable[situation] ?? []) {
    const right = region.rights[index];
    if (!right || !rights.includes(right)) continue;
    const attempt = attemptSentence(right, rights, dates, days);
    if (attempt.kind === 'sentence') return { kind: 'sentence', sentence: attempt.sentence, right };
    if (attempt.reason) reasons.push(attempt.reason);
  }
  return { kind: 'none', reason: reasons[0] ?? `Our ${region.name} data has no law that fits this situation, so the message makes no legal claim.` };
}

/** The sentence alone, or `undefined` when no right applies. */
export function legalBasisSentence(region: SupportRegion, situation: SituationId, dates: LegalDates): string | undefined {
  const basis = legalBasisFor(region, situation, dates);
  return basis.kind === 'sentence' ? basis.sentence : undefined;
}

function attemptSentence(right: SupportRight, rights: readonly SupportRight[], dates: LegalDates, days: BusinessDays): Attempt {
  const law = ` (${right.lawName}).`;
  const since = right.from ? ` of ${right.from}` : '';
  const reference = dates.handover ?? dates.today;
  switch (right.kind) {
    case 'refund-deadline': {
      if (!right.period) return { kind: 'skip' };
      const cancellation = rights.find((item) => item.kind === 'withdrawal' && item.period);
      if (!cancellation?.period) return { kind: 'skip' };
      if (!dates.handover) return { kind: 'skip', reason: 'Add the date you handed the item back: it decides whether the legal refund deadline applies.' };
      if (withinPeriod(dates.delivered, dates.handover, cancellation.period, days) !== true) {
        return { kind: 'skip', reason: `The item went back more than ${cancellation.periodText} after delivery, so the legal refund deadline for a cancelled order may not apply: the message does not cite it.` };
      }
      return { kind: 'sentence', sentence: `I cancelled this order within the legal cancellation period, so the refund is due within ${right.periodText}${since}${law}` };
    }
    case 'withdrawal': {
      if (!right.period) return { kind: 'skip' };
      if (withinPeriod(dates.delivered, reference, right.period, days) !== true) {
        return { kind: 'skip', reason: `More than ${right.periodText} passed between delivery and the return, so the legal right to cancel may not apply: the message does not cite it.` };
      }
      const counted = right.from ? `, counted from ${right.from},` : ',';
      return { kind: 'sentence', sentence: `The law gives me ${right.periodText} to cancel an online order${counted} and I cancelled within that time${law}` };
    }
    case 'faulty-goods': {
      if (right.period === undefined) {
        return { kind: 'sentence', sentence: `${right.title} (${right.lawName}): ${right.quote ?? `${right.title}.`}` };
      }
      if (withinPeriod(dates.delivered, reference, right.period, days) !== true) {
        return { kind: 'skip', reason: `"${right.title}" lasts ${right.periodText}, which has passed, so the message does not cite it.` };
      }
      return { kind: 'sentence', sentence: `The law lets me reject goods that are faulty or not as described within ${right.periodText}${since}, and I am within that time${law}` };
    }
    case 'legal-guarantee': {
      if (!right.period) return { kind: 'skip' };
      if (withinPeriod(dates.delivered, reference, right.period, days) !== true) {
        return { kind: 'skip', reason: `The legal guarantee lasts ${right.periodText}, which has passed, so the message does not cite it.` };
      }
      return { kind: 'sentence', sentence: `Under the legal guarantee, the seller must put right goods that are faulty or not as described when the problem appears within ${right.periodText}${since}${law}` };
    }
    case 'complaints': {
      if (!right.period) return { kind: 'skip' };
      return { kind: 'sentence', sentence: `The law requires a complaint like this one to be resolved within ${right.periodText}${since}${law}` };
    }
    default:
      return { kind: 'skip' };
  }
}
