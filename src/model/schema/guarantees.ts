import { z } from 'astro/zod';
import { durationSchema, factFields, moneySchema, oneOf, rangeFields, text, wholeDays } from './blocks';
import { A_TO_Z_FROM } from '../vocabulary/regionVocabulary';

/** Amazon's own guarantees: the Renewed guarantee and the A-to-z Guarantee for orders from marketplace sellers. */

export const renewedGuaranteeSchema = z.strictObject({
  period: durationSchema,
  summary: text('what the guarantee gives'),
  phone: z.string().trim().min(5).optional(),
  ...factFields,
});

export const aToZSchema = z.strictObject({
  claimWindow: z
    .strictObject({
      days: wholeDays('the claim window'),
      from: oneOf(A_TO_Z_FROM, 'what the claim window counts from'),
      ...factFields,
    })
    .optional(),
  waitBeforeClaim: z
    .strictObject({
      ...rangeFields,
      after: text('what the wait counts from').optional(),
      ...factFields,
    })
    .optional(),
  coverage: z.strictObject({ summary: text('what the guarantee covers'), ...factFields }).optional(),
  maxAmount: z.strictObject({ ...moneySchema.shape, ...factFields }).optional(),
});
