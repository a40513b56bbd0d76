import { z } from 'astro/zod';
import { factFields, oneOf, text } from './blocks';
import { CONTACT_KINDS } from '../vocabulary/regionVocabulary';

/** Whom to turn to: Amazon's customer-service channels, then the public consumer bodies. */

export const contactSchema = z.strictObject({
  kind: oneOf(CONTACT_KINDS, 'a contact channel'),
  label: text('what the channel is for'),
  phone: z.string().trim().regex(/^[0-9+][0-9 ()-]{4,}$/, 'must be a phone number').optional(),
  ...factFields,
});

/** A public body a reader can turn to once Amazon or the seller has not put things right. */
export const consumerBodySchema = z.strictObject({
  name: text('the name of the body'),
  /** The body's own page for consumers: where readers go. */
  url: z.url({ error: "must be the full https:// address of the body's page for consumers", protocol: /^https$/ }),
  summary: text('what the body can do for a shopper, in a sentence'),
  /** Where it applies, when only part of the region ("Québec"). */
  jurisdiction: text('where it applies').optional(),
  ...factFields,
});
