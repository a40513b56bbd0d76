import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { civilDateField, sourcesField } from './common';

/**
 * One entry in the policy-change log: what changed, when, where, and the source that says so.
 * The body explains the change for readers; the title is the one-line summary shown in lists and the feed.
 */
export const changeSchema = z.object({
  title: z.string({ error: 'is required: one line saying what changed' }).min(10, 'is required: one line saying what changed'),
  /** The day the change took effect (or was announced, when no effective date is known: say so in the body). */
  date: civilDateField,
  regions: z.array(reference('regions'), { error: 'needs the ids of the regions it affects, for example [de, it]' }).min(1, 'needs at least one region id'),
  /** "official" when an Amazon page or the law says it, "reported" when only a report or copy does. */
  confidence: z.enum(['official', 'reported'], { error: 'must be official or reported' }),
  sources: sourcesField,
});
