import { z } from 'astro/zod';
import { categoryId, factFields, moneySchema, oneOf, percent, text } from './blocks';
import { DEDUCTION_KINDS, SCOPES } from '../vocabulary/regionVocabulary';

/** What a return can cost: when it is free, label fees, deductions from the refund. */

export const freeReturnSchema = z.strictObject({
  cases: text('when the return is free'),
  ...factFields,
});

export const labelFeeSchema = z.strictObject({
  appliesTo: text('when the fee is charged'),
  /** Left out when the source gives no amount: pages print "amount not in our sources yet". */
  fee: moneySchema.optional(),
  scope: oneOf(SCOPES, 'a scope').optional(),
  ...factFields,
});

export const deductionSchema = z.strictObject({
  kind: oneOf(DEDUCTION_KINDS, 'a kind of deduction'),
  percent,
  /** "up to" the percentage. */
  upTo: z.boolean({ error: 'must be true or false' }).optional(),
  conditions: text('when it applies'),
  categories: z.array(categoryId).optional(),
  ...factFields,
});
