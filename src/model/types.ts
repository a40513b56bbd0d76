import type { z } from 'astro/zod';
import type { regionSchema } from './schema/region';
import type { notPublishedSchema } from './schema/notPublished';
import type { regionSourceSchema } from './schema/sources';
import type { durationSchema, moneySchema, rangeSchema } from './schema/blocks';
import type { categoryRuleSchema, standardWindowSchema } from './schema/returnWindows';
import type { holidaySeasonNotPublishedSchema, holidaySeasonSchema, holidayVariantSchema } from './schema/holidayWindows';
import type { paymentTimeNotPublishedSchema, paymentTimeSchema, refundIssuedSchema, timelineStageSchema } from './schema/refunds';
import type { deductionSchema, freeReturnSchema, labelFeeSchema } from './schema/costs';
import type { returnOptionSchema } from './schema/returnOptions';
import type { statutoryRightSchema } from './schema/rights';
import type { aToZSchema, renewedGuaranteeSchema } from './schema/guarantees';
import type { consumerBodySchema, contactSchema } from './schema/contact';
import type { otherRuleSchema } from './schema/otherRules';
import type { CONFIDENCE, TIME_UNITS, WEEKDAYS } from './vocabulary/regionVocabulary';

/**
 * The types of validated region data (`entry.data` of the regions collection), for every floor.
 * Types only: importing this file brings no Zod into a bundle, so browser code may use it.
 */

export type RegionData = z.output<typeof regionSchema>;
export type RegionSource = z.output<typeof regionSourceSchema>;
export type NotPublished = z.output<typeof notPublishedSchema>;
export type Confidence = keyof typeof CONFIDENCE;
export type TimeUnit = keyof typeof TIME_UNITS;
export type Weekday = keyof typeof WEEKDAYS;
export type TimeRange = z.output<typeof rangeSchema>;
export type Duration = z.output<typeof durationSchema>;
export type Money = z.output<typeof moneySchema>;
export type StandardWindow = z.output<typeof standardWindowSchema>;
export type CategoryRule = z.output<typeof categoryRuleSchema>;
export type HolidaySeason = z.output<typeof holidaySeasonSchema>;
export type HolidayVariant = z.output<typeof holidayVariantSchema>;
export type HolidaySeasonNotPublished = z.output<typeof holidaySeasonNotPublishedSchema>;
export type RefundIssued = z.output<typeof refundIssuedSchema>;
export type TimelineStage = z.output<typeof timelineStageSchema>;
export type PaymentTime = z.output<typeof paymentTimeSchema>;
export type PaymentTimeNotPublished = z.output<typeof paymentTimeNotPublishedSchema>;
export type FreeReturn = z.output<typeof freeReturnSchema>;
export type LabelFee = z.output<typeof labelFeeSchema>;
export type Deduction = z.output<typeof deductionSchema>;
export type ReturnOption = z.output<typeof returnOptionSchema>;
export type StatutoryRight = z.output<typeof statutoryRightSchema>;
export type RenewedGuarantee = z.output<typeof renewedGuaranteeSchema>;
export type AToZ = z.output<typeof aToZSchema>;
export type ContactChannel = z.output<typeof contactSchema>;
export type ConsumerBody = z.output<typeof consumerBodySchema>;
export type OtherRule = z.output<typeof otherRuleSchema>;

/** The fields every leaf fact carries. */
export interface FactFields {
  source: string;
  confidence: Confidence;
  note?: string | undefined;
}
