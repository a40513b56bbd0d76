import { z } from 'astro/zod';
import { factFields, oneOf, paymentMethodId, rangeFields, rangeSchema, text } from './blocks';
import { notPublishedSchema } from './notPublished';
import { FULFILLED_BY, REFUND_TRIGGERS, SCOPES, TIMELINE_STAGES } from '../vocabulary/regionVocabulary';

/** Refund timing: when the refund is issued, how long the return takes, how long the money takes per payment method. */

export const refundIssuedSchema = z.strictObject({
  when: oneOf(REFUND_TRIGGERS, 'when the refund is issued'),
  appliesTo: text('which returns this covers'),
  fulfilledBy: oneOf(FULFILLED_BY, 'who shipped the order').optional(),
  scope: oneOf(SCOPES, 'a scope').optional(),
  /** How long after that moment the refund is issued. */
  within: rangeSchema.optional(),
  ...factFields,
});

export const timelineStageSchema = z.strictObject({
  stage: oneOf(TIMELINE_STAGES, 'a stage of the return'),
  fulfilledBy: oneOf(FULFILLED_BY, 'who shipped the order').optional(),
  scope: oneOf(SCOPES, 'a scope').optional(),
  ...rangeFields,
  ...factFields,
});

/** How long the money takes to reach you after the refund is issued. No `method`: a figure for every method. */
export const paymentTimeSchema = z.strictObject({
  method: paymentMethodId.optional(),
  /** Where the money goes when it is not back to the same method (Pay on Delivery → bank account). */
  refundedAs: paymentMethodId.optional(),
  fulfilledBy: oneOf(FULFILLED_BY, 'who shipped the order').optional(),
  scope: oneOf(SCOPES, 'a scope').optional(),
  ...rangeFields,
  ...factFields,
});

export const paymentTimeNotPublishedSchema = notPublishedSchema.extend({
  method: paymentMethodId.optional(),
  scope: oneOf(SCOPES, 'a scope').optional(),
});
