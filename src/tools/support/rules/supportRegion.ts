/**
 * The slice of a region the composer needs, small enough to ship to the browser as JSON: names, money and
 * the statutory rights a legal sentence can rest on. compile/compileSupportRegion.ts writes it at build time.
 */
import type { Confidence, Duration } from '../../../model/types';
import type { RightKind } from '../../../model/vocabulary/rightKinds';

export interface SupportRight {
  kind: RightKind;
  title: string;
  lawName: string;
  period?: Duration | undefined;
  from?: string | undefined;
  /** The right's summary, shipped only where the message quotes it (see quotesSummary in legalBasis.ts). */
  summary?: string | undefined;
  jurisdiction?: string | undefined;
  validFrom?: string | undefined;
  validTo?: string | undefined;
  confidence: Confidence;
}

export interface SupportRegion {
  id: string;
  name: string;
  marketplace: string;
  currency: string;
  locale: string;
  /** ISO weekdays of the weekend, for legal periods in business days. */
  weekend: number[];
  rights: SupportRight[];
}
