import type { MarkdownHeading } from 'astro';
import type { AToZ, NotPublished, RegionData, RenewedGuarantee, ReturnOption } from '../../model/types';
import { englishLocale } from '../../model/locale';
import { isNotPublished, returnsHelpPage } from '../../model/regionFacts';
import { civilDateParts, toCivilDate } from '../../time/civilDate';
import { holidaysInYear, type HolidayData } from '../../time/holidays';
import { generateHolidayData, type HolidayRegion } from '../generateHolidays';
import { hasReportedFact } from './facts';
import { isStale } from './isStale';
import { regionSections, type RegionSection, type RegionSectionId } from './sections';
import { holidayStatus, standardWindowSummary, type HolidayStatus, type StandardWindowSummary } from './summaries';

/**
 * A region page's model, computed once per page (Starlight's route-data style): which sections the page has, its
 * contents list, and every figure more than one component shows. The page and its components only read it.
 */
export interface RegionPageModel {
  region: RegionData;
  buildDate: string;
  buildYear: number;
  /** The English locale the page writes dates and money in (model/locale.ts). */
  locale: string;
  sections: readonly RegionSection[];
  /** The contents list: each section, with the narrative's own h2s under "In short", then the change log. */
  headings: Array<Pick<MarkdownHeading, 'depth' | 'slug' | 'text'>>;
  /** The section with this id; throws naming the region file when the page does not have it. */
  section(id: RegionSectionId): RegionSection;
  has(id: RegionSectionId): boolean;
  /** Due for review at the build (the "may be out of date" notice). */
  stale: boolean;
  returnsPage: { title: string; url: string };
  /** At least one fact was only reported (the legend then explains the mark). */
  hasReported: boolean;
  standardWindow: StandardWindowSummary;
  holidayStatus: HolidayStatus;
  /** The build year's public holidays, from the same data as /holidays/<id>.json. */
  publicHolidays: { list: HolidayData; days: ReadonlyArray<readonly [string, string]> };
  returnOptions: readonly ReturnOption[];
  renewedGuarantee: RenewedGuarantee | undefined;
  aToZ: AToZSection;
}

/** What #a-to-z shows: the guarantee's facts, or "not in our sources yet" with the page to check. */
export type AToZSection =
  | { kind: 'facts'; guarantee: AToZ }
  | { kind: 'missing'; missing: NotPublished; withoutNote: boolean };

export interface RegionPageInputs {
  /** The region file, for error messages (content/regions/<id>.mdx). */
  filePath: string;
  data: RegionData;
  /** The MDX narrative has text ("In short"). */
  hasBody: boolean;
  /** The narrative's headings, as Astro's render() gives them. */
  bodyHeadings: readonly Pick<MarkdownHeading, 'depth' | 'slug' | 'text'>[];
  buildDate: string;
  /** Whose public holidays the page lists (site/generateHolidays.ts holidayRegionOf). */
  holidayRegion: HolidayRegion;
}

export function regionPageModel(inputs: RegionPageInputs): RegionPageModel {
  const { data: region, filePath, buildDate } = inputs;
  const buildYear = civilDateParts(toCivilDate(buildDate, 'buildDate')).year;
  // The same call as /holidays/<id>.json, so the table and the business-day widgets count the same days.
  const holidays = generateHolidayData(inputs.holidayRegion, buildYear);
  const days = holidaysInYear(holidays, buildYear);
  const sections = regionSections(region, { hasBody: inputs.hasBody, publicHolidayCount: days.length, buildYear });
  const byId = new Map(sections.map((item) => [item.id, item]));
  const headings = [
    ...sections.flatMap((item) => [
      { depth: 2, slug: item.id, text: item.title },
      ...(item.id === 'in-short' ? inputs.bodyHeadings.filter((heading) => heading.depth === 2) : []),
    ]),
    { depth: 2, slug: 'recent-changes', text: 'Recent policy changes' },
  ];
  return {
    region,
    buildDate,
    buildYear,
    locale: englishLocale(region.locale),
    sections,
    headings,
    section(id) {
      const found = byId.get(id);
      if (!found) throw new Error(`${filePath}: section #${id} is not on this page`);
      return found;
    },
    has: (id) => byId.has(id),
    stale: isStale(region.lastReviewed, buildDate),
    returnsPage: returnsHelpPage(region),
    hasReported: hasReportedFact(region),
    standardWindow: standardWindowSummary(region),
    holidayStatus: holidayStatus(region, buildDate),
    publicHolidays: { list: holidays, days },
    returnOptions: isNotPublished(region.returnOptions) ? [] : region.returnOptions,
    renewedGuarantee: isNotPublished(region.renewedGuarantee) ? undefined : region.renewedGuarantee,
    aToZ: aToZSection(region),
  };
}

function aToZSection(region: RegionData): AToZSection {
  const guarantee = region.aToZ;
  if (isNotPublished(guarantee)) return { kind: 'missing', missing: guarantee, withoutNote: false };
  if (Object.values(guarantee).some((part) => part !== undefined)) return { kind: 'facts', guarantee };
  // Published but empty: nothing to show but where to look (the returns help page, without a note of its own).
  return { kind: 'missing', missing: { published: false, checkAt: region.returnsHelpPage, note: '' }, withoutNote: true };
}
