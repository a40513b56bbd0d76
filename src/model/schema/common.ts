import { z } from 'astro/zod';
import { SOURCE_KINDS } from '../vocabulary/regionVocabulary';
import { webAddress } from './sourceQuality';

/**
 * Fields every editorial entry shares (guides, FAQ entries, regions).
 * Messages name what the editor should write, because they surface as build errors.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written as YYYY-MM-DD. YAML turns an unquoted date into a Date; a quoted one stays a string. Both become the same ISO string. */
export const civilDateField = z
  .union([z.date(), z.string()], { error: 'must be a date written as YYYY-MM-DD' })
  .transform((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
    const parsed = new Date(`${text}T00:00:00Z`);
    if (!ISO_DATE.test(text) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== text) {
      ctx.addIssue({ code: 'custom', message: `"${String(value)}" is not a real date written as YYYY-MM-DD` });
      return z.NEVER;
    }
    return text;
  });

const sourceKinds = Object.keys(SOURCE_KINDS) as [keyof typeof SOURCE_KINDS, ...Array<keyof typeof SOURCE_KINDS>];

export const sourceSchema = z.object({
  id: z.string({ error: 'needs a short id (for example "amazon-us-returns") that facts can refer to' }).regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and hyphens').optional(),
  title: z.string({ error: 'each source needs a title' }).min(3, 'each source needs a title'),
  /** https only, and a site name, never a raw IP address (see sourceQuality.ts). */
  url: webAddress('the page\'s address'),
  /** What the page is, when the editor says so (region sources must): one of SOURCE_KINDS. */
  kind: z
    .enum(sourceKinds, { error: (issue) => `"${String(issue.input)}" is not a kind of source: use one of ${sourceKinds.join(', ')}` })
    .optional(),
});

export const sourcesField = z
  .array(sourceSchema, { error: 'needs a list of sources, each with a title and a url' })
  .min(1, 'needs at least one source: Amazon\'s own help page or the law text');

export const editorialFields = {
  title: z.string({ error: 'is required' }).min(3, 'is required (at least 3 characters)'),
  description: z
    .string({ error: 'is required: one sentence for search results and link previews' })
    .min(20, 'is too short: write one full sentence (20 to 200 characters)')
    .max(200, 'is too long: keep it under 200 characters'),
  lastReviewed: civilDateField,
  sources: sourcesField,
  /** Extra words readers type that do not appear in the text ("money back" for a refund page). Indexed by search. */
  keywords: z.array(z.string().min(2)).default([]),
};

export type Source = z.infer<typeof sourceSchema>;
