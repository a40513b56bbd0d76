import { z } from 'astro/zod';
import { civilDateField } from './common';
import { categoryId, durationSchema, factFields, oneOf, sourceRef, text } from './blocks';
import { RIGHT_KINDS } from '../vocabulary/rightKinds';

/** A right the law gives, beside the store's policy. */
export const statutoryRightSchema = z.strictObject({
  kind: oneOf(RIGHT_KINDS, 'a kind of right'),
  title: text('a short reader-facing title'),
  /** The law by name and section ("Consumer Rights Act 2015, s. 22"). */
  lawName: text('the name of the law'),
  /** The source entry holding the law text's address, when there is one. */
  law: sourceRef('the law text').optional(),
  jurisdiction: text('where it applies').optional(),
  period: durationSchema.optional(),
  /** What the period counts from, in words. */
  from: text('what the period counts from').optional(),
  summary: text('a one-sentence summary'),
  excludedCategories: z.array(categoryId).optional(),
  validFrom: civilDateField.optional(),
  validTo: civilDateField.optional(),
  ...factFields,
});
