import type { RegionData, StatutoryRight } from '../../../model/types';
import { isNotPublished, weekendIsoDays } from '../../../model/regionFacts';
import { formatDuration } from '../../../model/format';
import { firstPerson } from '../rules/firstPerson';
import { CITABLE_RIGHT_KINDS, citableRights, quotesSummary } from '../rules/rightsFor';
import type { RightPeriod, SupportRegion, SupportRight } from '../rules/supportRegion';

/**
 * The composer's view of a region, written at build time from its validated data: names, money and the statutory
 * rights a legal sentence can rest on (the kinds rightsFor.ts lists). Served as /data/support/<id>.json.
 */
export function compileSupportRegion(id: string, data: RegionData): SupportRegion {
  const published = isNotPublished(data.statutoryRights) ? [] : data.statutoryRights;
  const rights = published.filter((right) => CITABLE_RIGHT_KINDS.has(right.kind));
  return {
    id,
    name: data.name,
    marketplace: data.marketplace,
    currency: data.currency,
    locale: data.locale,
    weekend: weekendIsoDays(data),
    rights: rights.map(supportRight),
    citable: citableRights(rights),
  };
}

export type CitableRight = Pick<StatutoryRight, 'kind' | 'title' | 'lawName' | 'period' | 'from' | 'summary' | 'jurisdiction' | 'validFrom' | 'validTo' | 'confidence'>;

/**
 * One right as the message cites it. The data speaks to the reader ("the day you receive the goods"); the message is
 * written by the reader, so its phrases are turned into the first person here, once, instead of in every browser.
 * The period is worded here too ("14 days"), so the browser carries no unit vocabulary for it.
 */
export function supportRight(right: CitableRight): SupportRight {
  const period: RightPeriod = right.period ? { period: right.period, periodText: formatDuration(right.period) } : {};
  return {
    ...period,
    kind: right.kind,
    title: right.title,
    lawName: right.lawName,
    ...(right.from ? { from: firstPerson(right.from) } : {}),
    ...(quotesSummary(right) ? { quote: firstSentence(firstPerson(right.summary)) } : {}),
    jurisdiction: right.jurisdiction,
    validFrom: right.validFrom,
    validTo: right.validTo,
    confidence: right.confidence,
  };
}

function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s|$)/.exec(text.trim());
  return match ? match[0] : `${text.trim()}.`;
}
