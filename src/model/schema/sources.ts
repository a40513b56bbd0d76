import { z } from 'astro/zod';
import { sourceSchema } from './common';
import { ID, oneOf } from './blocks';
import { SOURCE_KINDS } from '../vocabulary/regionVocabulary';

/** One source of a region: an id facts cite, its kind, and where it was really read. */
export const regionSourceSchema = sourceSchema.extend({
  id: z
    .string({ error: 'needs a short id (for example "amazon-us-returns") that facts can refer to' })
    .regex(ID, 'must be lowercase letters, digits and hyphens'),
  kind: oneOf(SOURCE_KINDS, 'a kind of source'),
  /** When the research could only read a third-party copy of this page: the copy's address. Facts citing it are `reported`. */
  readAt: z.url({ error: 'must be the full https:// address of the copy that was read', protocol: /^https?$/ }).optional(),
  /** The research did not read this page; it is linked so readers can check it. No fact may cite it as its `source`. */
  linkOnly: z.boolean({ error: 'must be true or false' }).optional(),
});
