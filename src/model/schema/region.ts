import { regionProblems } from './regionChecks';
import { regionShape } from './regionShape';

/**
 * One region (one Amazon marketplace): every rule the site states and every widget computes comes from here.
 * BUILD TIME ONLY (Zod): content.config.ts validates content/regions/*.mdx with it. Code that reads region data
 * imports the types from src/model/types.ts and the words from src/model/vocabulary/, never this file.
 *
 * Shape, in short:
 * - every leaf fact is an object with `source` (the `id` of an entry in the region's `sources`), `confidence`
 *   (`official` | `reported`) and an optional `note`;
 * - wherever the research found nothing, the field holds `{ published: false, checkAt: <source id>, note }`
 *   instead, so pages and widgets print "not in our sources yet; check the official page", never a guess;
 * - ids (categories, payment methods, topics) come from the global catalogues, so regions stay comparable.
 *
 * One concept per file: blocks.ts (fields every section uses), notPublished.ts, sources.ts, returnWindows.ts,
 * holidayWindows.ts, refunds.ts, costs.ts, returnOptions.ts, rights.ts, guarantees.ts, contact.ts, otherRules.ts;
 * regionShape.ts puts them together and regionChecks.ts holds the checks that span fields.
 */
export const regionSchema = regionShape.superRefine((region, ctx) => {
  for (const problem of regionProblems(region)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
});
