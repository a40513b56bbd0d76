import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { editorialFields } from './common';
import { TOPIC_IDS } from '../vocabulary/topics';

/** One FAQ entry: the title is the question, the body the short answer. */
export const faqSchema = z.object({
  ...editorialFields,
  topic: z.enum(TOPIC_IDS, { error: `must be one of: ${TOPIC_IDS.join(', ')}` }),
  /** Sorts entries inside their topic; lower first. */
  order: z.number({ error: 'must be a number' }).default(100),
  /** Where the full answer lives: a site path such as /guides/refund-timing/ or /regions/uk/#refunds. */
  fullAnswer: z
    .string({ error: 'is required: the site path of the guide or region page that answers it fully' })
    .regex(/^\/[a-z0-9/_#-]*$/, 'must be a site path starting with / (for example /guides/refund-timing/)'),
  regions: z.array(reference('regions')).default([]),
});
