/**
 * Which kinds of statutory right a support message may rest on, for each situation: used at build time only.
 * compileSupportRegion applies it to a region's rights and ships the result with the region's data (`citable`),
 * so the browser needs neither this table nor the right-kind vocabulary it is built from.
 */
import { rightKindsIn, type RightKind } from '../../../model/vocabulary/rightKinds';
import { SITUATION_IDS, type SituationId } from './situations';
import type { SupportRight } from './supportRegion';

/** Which kinds of right fit each situation, most specific first. */
export const RIGHTS_FOR: Readonly<Record<SituationId, readonly RightKind[]>> = {
  'refund-not-received': [...rightKindsIn('refund'), 'complaints'],
  'refund-lower': ['complaints'],
  'return-refused': ['withdrawal', 'complaints'],
  'damaged-faulty': [...rightKindsIn('faulty'), 'complaints'],
  'wrong-item': [...rightKindsIn('faulty'), 'complaints'],
  other: ['complaints'],
};

/** The kinds of right a support message can cite: every kind RIGHTS_FOR names. */
export const CITABLE_RIGHT_KINDS: ReadonlySet<RightKind> = new Set(Object.values(RIGHTS_FOR).flat());

/** A faulty-goods right without a period is cited by its own summary's first sentence; no other right quotes it. */
export function quotesSummary(right: Pick<SupportRight, 'kind' | 'period'>): boolean {
  return right.kind === 'faulty-goods' && right.period === undefined;
}

/** For each situation, the positions in `rights` of the rights that fit it, in RIGHTS_FOR's order of kinds. */
export function citableRights(rights: ReadonlyArray<Pick<SupportRight, 'kind'>>): Record<SituationId, number[]> {
  const positions = (kind: RightKind) => rights.flatMap((right, index) => (right.kind === kind ? [index] : []));
  return Object.fromEntries(SITUATION_IDS.map((situation) => [situation, RIGHTS_FOR[situation].flatMap(positions)])) as Record<SituationId, number[]>;
}
