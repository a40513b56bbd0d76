import { z } from 'astro/zod';
import { civilDateField, sourceSchema } from './common';
import { ID, oneOf } from './blocks';
import { READ_FROM, SOURCE_KINDS } from '../vocabulary/regionVocabulary';
import { sourceYear, webAddress } from './sourceQuality';

/** One source of a region: an id facts cite, its kind, and where it was really read. */
export const regionSourceSchema = sourceSchema.extend({
  id: z
    .string({ error: 'needs a short id (for example "amazon-us-returns") that facts can refer to' })
    .regex(ID, 'must be lowercase letters, digits and hyphens'),
  kind: oneOf(SOURCE_KINDS, 'a kind of source'),
  /** When the research could only read a third-party copy of this page: the copy's address. Facts citing it are `reported`. */
  readAt: webAddress('the address of the copy that was read').optional(),
  /** The research did not read this page; it is linked so readers can check it. No fact may cite it as its `source`. */
  linkOnly: z.boolean({ error: 'must be true or false' }).optional(),
  /** The day our research read the page (or its copy): what "as of" means for every fact resting on it. */
  readOn: civilDateField.optional(),
  /** What was read: the live page, a stored copy of it at its own address, or a third-party copy (readAt). */
  readFrom: oneOf(READ_FROM, 'how the page was read').optional(),
  /** The page's own year (published or last updated), where it shows one; pages show it beside old figures. */
  year: sourceYear.optional(),
});
