import { isReported, sourceById } from '../../../model/regionFacts';
import type { FactFields, NotPublished, RegionData } from '../../../model/types';
import type { Reason, SourceLink } from '../rules/types';
import { linkTo } from '../../shared/sourceLink';
import { upperFirst } from '../../../model/case';
import { missingSentence } from '../../../model/missing';

/** Build-time helpers for writing a region's sentences: where a fact comes from and how sure we are. */

/** "Amazon.co.uk" */
export function storeName(region: Pick<RegionData, 'marketplace'>): string {
  return upperFirst(region.marketplace);
}

/** Title and address of a source id (the schema guarantees it exists; the returns help page otherwise). */
export function sourceLink(region: Pick<RegionData, 'sources' | 'returnsHelpPage'>, id: string): SourceLink {
  const source = sourceById(region, id) ?? sourceById(region, region.returnsHelpPage);
  return source ? linkTo(source) : { title: 'Amazon returns help', url: 'https://www.amazon.com/' };
}

/** Source and confidence of a fact. */
export function citing(region: Pick<RegionData, 'sources' | 'returnsHelpPage' | 'marketplace'>, fact: FactFields): { source: SourceLink; reported: boolean } {
  return { source: sourceLink(region, fact.source), reported: isReported(region, fact) };
}

/** "reportedly " for a reported fact: "Amazon.com reportedly takes back …"; never for a fact whose source is the law text. */
export function reportedly(region: Pick<RegionData, 'sources' | 'marketplace'>, fact: FactFields): string {
  return isReported(region, fact) ? 'reportedly ' : '';
}

/** A reason from a fact, with its note. */
export function factReason(region: Pick<RegionData, 'sources' | 'returnsHelpPage' | 'marketplace'>, fact: FactFields, text: string): Reason {
  return { text, ...citing(region, fact), ...(fact.note ? { note: fact.note } : {}) };
}

/** "<note>: not published; check the official page." with the page to check. */
export function notPublishedReason(region: Pick<RegionData, 'sources' | 'returnsHelpPage'>, missing: NotPublished): Reason {
  return { text: missingSentence(missing.note), source: sourceLink(region, missing.checkAt), reported: false };
}

/** The civil date as text in the region's English, at build time ("31 January 2026"). */
export { shortDate } from '../rules/wording';
