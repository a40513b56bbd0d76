import { z } from 'astro/zod';
import { editorialFields } from './common';
import { currencyCode, isCanonicalLocale, isTimeZone, oneOf, sourceRef, text } from './blocks';
import { listOrNotPublished, publishable } from './notPublished';
import { regionSourceSchema } from './sources';
import { categoryRuleSchema, standardWindowSchema } from './returnWindows';
import { holidaySeasonNotPublishedSchema, holidaySeasonSchema } from './holidayWindows';
import { paymentTimeNotPublishedSchema, paymentTimeSchema, refundIssuedSchema, timelineStageSchema } from './refunds';
import { deductionSchema, freeReturnSchema, labelFeeSchema } from './costs';
import { returnOptionSchema } from './returnOptions';
import { statutoryRightSchema } from './rights';
import { aToZSchema, renewedGuaranteeSchema } from './guarantees';
import { consumerBodySchema, contactSchema } from './contact';
import { otherRuleSchema } from './otherRules';
import { EXTRA_HOLIDAY_TYPES, WEEKDAYS } from '../vocabulary/regionVocabulary';

/**
 * The fields of one region, section by section. Cross-field checks (sources exist, dates in order) are in
 * regionChecks.ts; region.ts puts the two together.
 */
export const regionShape = z.object({
  ...editorialFields,
  sources: z
    .array(regionSourceSchema, { error: 'needs a list of sources, each with an id, a title, a url and a kind' })
    .min(1, "needs at least one source: Amazon's own help page or the law text"),
  name: text('the region name readers know, for example "United Kingdom"'),
  /** The marketplace domain, for example amazon.co.uk. */
  marketplace: z
    .string({ error: 'is required: the marketplace domain, for example amazon.co.uk' })
    .regex(/^amazon(\.[a-z]{2,3}){1,2}$/, 'must be an Amazon domain such as amazon.com or amazon.co.uk'),
  currency: currencyCode,
  locale: z.string({ error: 'is required: a BCP 47 locale such as en-GB' }).refine(isCanonicalLocale, 'must be a BCP 47 locale such as en-GB, de-DE or ja-JP'),
  timeZone: z.string({ error: 'is required: an IANA time zone such as Europe/London' }).refine(isTimeZone, 'must be an IANA time zone such as Europe/London'),
  weekend: z.array(oneOf(WEEKDAYS, 'a weekday'), { error: 'is required: the weekend days, for example [saturday, sunday]' }).max(6, 'cannot be the whole week'),
  /** ISO 3166-1 code date-holidays knows the country by (GB for the UK). */
  holidayCountry: z.string({ error: 'is required: the ISO 3166-1 country code for public holidays, for example GB' }).regex(/^[A-Z]{2}$/, 'must be a two-letter ISO 3166-1 code such as GB'),
  /** Shown with the holiday list: what the national list leaves out. */
  holidayNote: text('a note').optional(),
  /**
   * Holiday kinds counted as non-business days besides the public holidays, where banks or card issuers close on
   * them (Japan's bank closing days, 31 December and 2–3 January, are `bank` in date-holidays).
   */
  extraHolidayTypes: z.array(oneOf(EXTRA_HOLIDAY_TYPES, 'a kind of holiday'), { error: 'must be a list of holiday kinds, for example [bank]' }).optional(),
  /** Source id of Amazon's returns help page for this marketplace; must be on the marketplace domain. */
  returnsHelpPage: sourceRef('the returns help page'),
  returnWindow: publishable(standardWindowSchema),
  categoryRules: z.array(categoryRuleSchema).default([]),
  holidayWindows: z.array(publishable(holidaySeasonSchema, holidaySeasonNotPublishedSchema)).default([]),
  refund: z.strictObject(
    {
      issued: listOrNotPublished(refundIssuedSchema, 'when the refund is issued'),
      timeline: listOrNotPublished(timelineStageSchema, 'how long the return takes to arrive and be processed'),
      paymentTimes: listOrNotPublished(publishable(paymentTimeSchema, paymentTimeNotPublishedSchema), 'how long the money takes per payment method'),
    },
    { error: 'is required: issued, timeline and paymentTimes' },
  ),
  costs: z.strictObject(
    {
      freeReturns: listOrNotPublished(freeReturnSchema, 'when returns are free'),
      labelFees: listOrNotPublished(labelFeeSchema, 'return label fees'),
      deductions: listOrNotPublished(deductionSchema, 'deductions from the refund'),
    },
    { error: 'is required: freeReturns, labelFees and deductions' },
  ),
  returnOptions: listOrNotPublished(returnOptionSchema, 'drop-off and pickup options'),
  statutoryRights: listOrNotPublished(statutoryRightSchema, 'rights the law gives'),
  renewedGuarantee: publishable(renewedGuaranteeSchema),
  aToZ: publishable(aToZSchema),
  contact: listOrNotPublished(contactSchema, 'customer-service channels'),
  /** Consumer bodies to escalate to; left out where none is sourced yet. */
  consumerBodies: z.array(consumerBodySchema, { error: 'must be a list of consumer bodies, each with name, url, summary, source and confidence' }).optional(),
  otherRules: z.array(otherRuleSchema).default([]),
});
