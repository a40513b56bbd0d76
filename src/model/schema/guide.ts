import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { editorialFields } from './common';
import { TOPIC_IDS } from '../vocabulary/topics';

export const RETURN_STEP_COUNT = 8;

export const guideSchema = z.object({
  ...editorialFields,
  topic: z.enum(TOPIC_IDS, { error: `must be one of: ${TOPIC_IDS.join(', ')}` }),
  /** Position in the return journey (1 to 8). Topic articles leave it out. */
  step: z
    .number({ error: `must be a whole number from 1 to ${RETURN_STEP_COUNT}` })
    .int(`must be a whole number from 1 to ${RETURN_STEP_COUNT}`)
    .min(1, `must be a whole number from 1 to ${RETURN_STEP_COUNT}`)
    .max(RETURN_STEP_COUNT, `must be a whole number from 1 to ${RETURN_STEP_COUNT}`)
    .optional(),
  /** Regions the article is specifically about; empty means it applies to every region. */
  regions: z.array(reference('regions')).default([]),
  related: z.array(reference('guides')).default([]),
});
