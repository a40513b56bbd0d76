import type { RegionData } from '../../../model/types';
import { isNotPublished, weekendIsoDays } from '../../../model/regionFacts';
import { CITABLE_RIGHT_KINDS, quotesSummary } from '../rules/legalBasis';
import type { SupportRegion } from '../rules/supportRegion';

/**
 * The composer's view of a region, written at build time from its validated data: names, money and the statutory
 * rights a legal sentence can rest on (the kinds legalBasis.ts cites). Served as /data/support/<id>.json.
 */
export function compileSupportRegion(id: string, data: RegionData): SupportRegion {
  const rights = isNotPublished(data.statutoryRights) ? [] : data.statutoryRights;
  return {
    id,
    name: data.name,
    marketplace: data.marketplace,
    currency: data.currency,
    locale: data.locale,
    weekend: weekendIsoDays(data),
    rights: rights
      .filter((right) => CITABLE_RIGHT_KINDS.has(right.kind))
      .map((right) => ({
        kind: right.kind,
        title: right.title,
        lawName: right.lawName,
        period: right.period,
        from: right.from,
        ...(quotesSummary(right) ? { summary: right.summary } : {}),
        jurisdiction: right.jurisdiction,
        validFrom: right.validFrom,
        validTo: right.validTo,
        confidence: right.confidence,
      })),
  };
}
