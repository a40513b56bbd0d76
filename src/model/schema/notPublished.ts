import { z } from 'astro/zod';
import { sourceRef, text } from './blocks';

/** What the data says when the research found nothing: pages print "not in our sources yet" and link `checkAt`. */
export const notPublishedSchema = z.strictObject({
  published: z.literal(false, { error: 'must be false (leave it out when the fact is published)' }),
  checkAt: sourceRef('an official page to check (checkAt)'),
  note: text('a note saying what is missing'),
});

function isNotPublishedShape(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && (value as { published?: unknown }).published === false;
}

/**
 * Either the schema, or `{ published: false, checkAt, note }` (extra fields such as `season` allowed through `missing`).
 * Written as a switch rather than a union so errors point at the exact field instead of "did not match union".
 */
export function publishable<T extends z.ZodType, M extends z.ZodType = typeof notPublishedSchema>(schema: T, missing?: M) {
  const notPublished = (missing ?? notPublishedSchema) as M;
  return z.unknown().transform((value, ctx): z.output<T> | z.output<M> => {
    const target: z.ZodType = isNotPublishedShape(value) ? notPublished : schema;
    const result = target.safeParse(value);
    if (result.success) return result.data as z.output<T> | z.output<M>;
    for (const issue of result.error.issues) ctx.addIssue(issue as Parameters<typeof ctx.addIssue>[0]);
    return z.NEVER;
  });
}

/** A list of facts, or `published: false` when there is nothing to list. */
export const listOrNotPublished = <T extends z.ZodType>(item: T, what: string) =>
  publishable(z.array(item, { error: `is required: ${what}, or published: false with checkAt and a note when it is not published` }));
