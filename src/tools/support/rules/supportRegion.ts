/**
 * The slice of a region the composer needs, small enough to ship to the browser as JSON: names, money and
 * the statutory rights a legal sentence can rest on. compile/compileSupportRegion.ts writes it at build time, with
 * the rights' phrases already turned from the data's "you" into the message's "I".
 */
import type { Confidence, Duration } from '../../../model/types';
import type { RightKind } from '../../../model/vocabulary/rightKinds';
import type { SituationId } from './situations';

/** A right's period, with its words ("14 days", model/format.ts formatDuration) written beside it at build time. */
export type RightPeriod = { period: Duration; periodText: string } | { period?: undefined; periodText?: undefined };

export type SupportRight = RightPeriod & {
  kind: RightKind;
  title: string;
  lawName: string;
  /** What the period counts from, in the writer's voice ("the day I receive the goods"), as the message says it. */
  from?: string | undefined;
  /** The sentence the message quotes for a right without a period to count (see quotesSummary), in the writer's voice. */
  quote?: string | undefined;
  jurisdiction?: string | undefined;
  validFrom?: string | undefined;
  validTo?: string | undefined;
  confidence: Confidence;
};

export interface SupportRegion {
  id: string;
  name: string;
  marketplace: string;
  currency: string;
  locale: string;
  /** ISO weekdays of the weekend, for legal periods in business days. */
  weekend: number[];
  rights: SupportRight[];
  /** For each situation, the positions in `rights` of the rights that fit it, most specific first (rightsFor.ts). */
  citable: Record<SituationId, number[]>;
}
