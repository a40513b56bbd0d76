/**
 * The slice of a region the composer needs, small enough to ship to the browser as JSON: names, money and
 * the statutory rights a legal sentence can rest on. Built at build time from the validated region data.
 */
import type { Confidence, Duration, RegionData } from '../../../model/types';
import type { RIGHT_KINDS } from '../../../model/vocabulary/rightKinds';
import { isNotPublished } from '../../../model/regionFacts';

export type RightKind = keyof typeof RIGHT_KINDS;

export interface SupportRight {
  kind: RightKind;
  title: string;
  lawName: string;
  period?: Duration | undefined;
  from?: string | undefined;
  summary: string;
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
  rights: SupportRight[];
}

/** The kinds of right a support message can cite (see legalBasis.ts). */
export const CITABLE_RIGHT_KINDS: ReadonlySet<RightKind> = new Set(['refund-deadline', 'withdrawal', 'faulty-goods', 'legal-guarantee', 'complaints']);

export function toSupportRegion(id: string, data: RegionData): SupportRegion {
  const rights = isNotPublished(data.statutoryRights) ? [] : data.statutoryRights;
  return {
    id,
    name: data.name,
    marketplace: data.marketplace,
    currency: data.currency,
    locale: data.locale,
    rights: rights
      .filter((right) => CITABLE_RIGHT_KINDS.has(right.kind))
      .map((right) => ({
        kind: right.kind,
        title: right.title,
        lawName: right.lawName,
        period: right.period,
        from: right.from,
        summary: right.summary,
        jurisdiction: right.jurisdiction,
        validFrom: right.validFrom,
        validTo: right.validTo,
        confidence: right.confidence,
      })),
  };
}
