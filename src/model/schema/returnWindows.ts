import { z } from 'astro/zod';
import { civilDateField } from './common';
import { categoryId, factFields, oneOf, percent, text, wholeDays } from './blocks';
import { COUNTS_FROM, REFUND_SHARE_WHEN, REMEDIES, SOLD_BY } from '../vocabulary/regionVocabulary';

/** Return windows: the standard one and the rules for categories. */

const refundShareSchema = z.strictObject({
  when: oneOf(REFUND_SHARE_WHEN, 'the condition the share applies to'),
  percent,
});

export const standardWindowSchema = z.strictObject({
  days: wholeDays('the standard return window'),
  counts: oneOf(COUNTS_FROM, 'what the window counts from').optional(),
  soldBy: oneOf(SOLD_BY, 'who sells the items it covers').optional(),
  conditions: text('the conditions').optional(),
  refundShare: z.array(refundShareSchema).optional(),
  ...factFields,
});

export const categoryRuleSchema = z.strictObject({
  category: categoryId,
  /** Which items of the category, when the rule covers only some ("Laptops", "Items over $3"). */
  items: text('which items the rule covers').optional(),
  /** false: cannot be returned for a change of mind. Leave out `days` then. */
  returnable: z.boolean({ error: 'must be true or false' }).default(true),
  days: wholeDays('the return window').optional(),
  counts: oneOf(COUNTS_FROM, 'what the window counts from').optional(),
  remedy: oneOf(REMEDIES, 'what you get back').optional(),
  soldBy: oneOf(SOLD_BY, 'who sells the items it covers').optional(),
  conditions: text('the conditions').optional(),
  refundShare: z.array(refundShareSchema).optional(),
  /** The rule applies to orders from this date (a policy change). */
  validFrom: civilDateField.optional(),
  validTo: civilDateField.optional(),
  ...factFields,
});
