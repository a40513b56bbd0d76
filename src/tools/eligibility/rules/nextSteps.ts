import { addDays } from '../../../time/addDays';
import { min } from '../../../time/compare';
import type { CivilDate } from '../../../time/civilDate';
import { guideUrl, regionUrl } from '../../../model/urls';
import { composerLink, estimatorLink } from '../../shared/links';
import type { EligibilityRegion } from './eligibilityRegion';
import { isRenewed } from './renewedGuarantee';
import { FAULTY_CONDITIONS, type DatedRule, type EligibilityInput, type NextStep, type VerdictKind } from './types';

export interface NextStepContext {
  kind: VerdictKind;
  /** The store or right-to-cancel deadline, when there is one. */
  returnBy?: DatedRule | undefined;
  holidayApplied: boolean;
}

/**
 * The hand-over date to carry to the refund estimator: tomorrow (a parcel rarely goes out the day you check),
 * but never after the last day to return it.
 */
export function handoverDate(today: CivilDate, returnBy?: CivilDate): CivilDate {
  const tomorrow = addDays(today, 1);
  return returnBy && returnBy >= today ? min(tomorrow, returnBy) : tomorrow;
}

/** Links to what to do next, in the order a reader needs them. */
export function nextSteps(input: EligibilityInput, region: EligibilityRegion, context: NextStepContext): NextStep[] {
  const page = regionUrl(region.id);
  const store = region.store;
  const thirdParty = input.seller !== 'amazon';
  const estimator: NextStep = {
    label: 'Estimate when your refund will arrive',
    href: estimatorLink({ region: region.id, handover: handoverDate(input.today, context.returnBy?.date) }),
  };
  // Every region page has an #a-to-z section: the terms, or that they are not in our sources with the page to check.
  const aToZ: NextStep = { label: `If the seller will not help: the A-to-z Guarantee on ${store}`, href: `${page}#a-to-z` };
  const contact: NextStep = { label: `Contact ${store} customer service`, href: `${page}#contact` };
  // The support-message composer reads these answers from the link, so the reader does not type them again.
  const composer: NextStep = { label: 'Write your message to customer service, with these answers filled in', href: composerLink({ region: region.id, delivered: input.delivered, category: input.category, condition: input.condition, ordered: input.ordered }) };
  const renewed: NextStep = { label: 'Returning an Amazon Renewed item, and its guarantee', href: guideUrl('amazon-renewed') };
  const legal: NextStep[] = [
    { label: 'Your legal rights, explained', href: guideUrl('legal-rights') },
    { label: `${region.name}: the law on returns and faulty goods`, href: `${page}#legal-rights` },
  ];
  const steps: NextStep[] = [];

  switch (context.kind) {
    case 'returnable':
    case 'conditional':
      steps.push({ label: 'Start your return, step by step', href: guideUrl('start-a-return') }, estimator, { label: `${region.name}: return windows by item`, href: `${page}#return-window` });
      if (context.holidayApplied) steps.push({ label: `${region.name}: holiday returns`, href: `${page}#holiday-returns` });
      if (isRenewed(input)) steps.push(renewed);
      if (thirdParty) steps.push(aToZ);
      break;
    case 'probably-returnable':
      // This season's dates are not in our sources: the order's own return-by date is the one to trust.
      steps.push(
        { label: `Check the return-by date for this order in Your Orders on ${store}` },
        { label: `${region.helpPage.title} (official)`, href: region.helpPage.url, external: true },
        { label: `${region.name}: holiday returns`, href: `${page}#holiday-returns` },
        { label: 'Start your return, step by step', href: guideUrl('start-a-return') },
      );
      if (thirdParty) steps.push(aToZ);
      steps.push(contact, composer);
      break;
    case 'legal-rights':
      steps.push(...legal, estimator, contact, composer);
      if (thirdParty) steps.push(aToZ);
      break;
    case 'not-returnable':
      if (isRenewed(input)) steps.push(renewed);
      if (FAULTY_CONDITIONS.has(input.condition)) {
        steps.push(...legal, { label: "Check the manufacturer's warranty: it can cover a fault after the return window has closed." });
      }
      if (thirdParty) steps.push({ label: 'Ask the seller: use "Contact seller" on your order.' }, aToZ, { label: 'When a seller will not refund you', href: guideUrl('refund-not-arrived') });
      steps.push(contact, composer);
      break;
    case 'not-published': {
      steps.push({ label: `${region.helpPage.title} (official)`, href: region.helpPage.url, external: true }, { label: `${region.name}: return windows by item`, href: `${page}#return-window` });
      if (thirdParty) steps.push({ label: "Ask the seller: their return policy is on the item's page and your order." }, aToZ);
      steps.push(contact, composer);
      break;
    }
  }
  return steps;
}
