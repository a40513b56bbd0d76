import type { RegionData } from '../../model/types';
import { isNotPublished } from '../../model/regionFacts';

/**
 * The sections of a region page, in page order, with the ids other pages and widgets link to.
 * Sections marked `always` exist on every region page (saying "not published" when the data has nothing);
 * the others appear only when the data has something published for them.
 */
export const REGION_SECTIONS = [
  { id: 'at-a-glance', title: 'At a glance', always: true },
  { id: 'in-short', title: 'In short', always: false },
  { id: 'return-window', title: 'Return window', always: true },
  { id: 'holiday-returns', title: 'Holiday returns', always: false },
  { id: 'refund-timing', title: 'Refund timing', always: true },
  { id: 'costs', title: 'Return costs', always: false },
  { id: 'drop-off', title: 'Drop-off and pickup', always: false },
  { id: 'legal-rights', title: 'Your legal rights', always: true },
  { id: 'renewed', title: 'Amazon Renewed guarantee', always: false },
  { id: 'a-to-z', title: 'A-to-z Guarantee', always: true },
  { id: 'contact', title: 'Contacting customer service', always: true },
  { id: 'other-rules', title: 'Other rules to know', always: false },
  { id: 'public-holidays', title: 'Public holidays', always: false },
] as const;

export type RegionSectionId = (typeof REGION_SECTIONS)[number]['id'];

/** The ids every region page has, whatever its data. */
export const ALWAYS_PRESENT_SECTIONS: readonly RegionSectionId[] = REGION_SECTIONS.filter((section) => section.always).map((section) => section.id);

export interface RegionSection {
  id: RegionSectionId;
  title: string;
}

export interface SectionInputs {
  /** The MDX narrative has text. */
  hasBody: boolean;
  /** Public holidays listed for the build year. */
  publicHolidayCount: number;
  buildYear: number;
}

/** The sections this region's page shows, in order. */
export function regionSections(region: RegionData, inputs: SectionInputs): RegionSection[] {
  const { costs } = region;
  const has: Record<RegionSectionId, boolean> = {
    'at-a-glance': true,
    'in-short': inputs.hasBody,
    'return-window': true,
    'holiday-returns': region.holidayWindows.length > 0,
    'refund-timing': true,
    costs: [costs.freeReturns, costs.labelFees, costs.deductions].some((part) => !isNotPublished(part) && part.length > 0),
    'drop-off': !isNotPublished(region.returnOptions) && region.returnOptions.length > 0,
    'legal-rights': true,
    renewed: !isNotPublished(region.renewedGuarantee),
    // Always there, saying "not in our sources" when it must: the tools link every region's #a-to-z.
    'a-to-z': true,
    contact: true,
    'other-rules': region.otherRules.length > 0,
    'public-holidays': inputs.publicHolidayCount > 0,
  };
  return REGION_SECTIONS.filter((section) => has[section.id]).map((section) => ({
    id: section.id,
    title: section.id === 'public-holidays' ? `Public holidays in ${inputs.buildYear}` : section.title,
  }));
}
