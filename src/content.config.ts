import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './model/schema/guide';
import { faqSchema } from './model/schema/faq';
import { regionSchema } from './model/schema/region';
import { changeSchema } from './model/schema/change';

// Editors' content lives in top-level content/, outside src/, so it can be edited without touching code.
// CONTENT_DIR lets the schema tests build broken fixtures without copying the whole site.
const contentDir = process.env.REFUND_ATLAS_CONTENT_DIR ?? './content';

const guides = defineCollection({
  loader: glob({ base: `${contentDir}/guides`, pattern: '**/*.{md,mdx}' }),
  schema: guideSchema,
});

const faq = defineCollection({
  loader: glob({ base: `${contentDir}/faq`, pattern: '**/*.{md,mdx}' }),
  schema: faqSchema,
});

const regions = defineCollection({
  loader: glob({ base: `${contentDir}/regions`, pattern: '**/*.{md,mdx}' }),
  schema: regionSchema,
});

const changes = defineCollection({
  loader: glob({ base: `${contentDir}/changes`, pattern: '**/*.{md,mdx}' }),
  schema: changeSchema,
});

export const collections = { guides, faq, regions, changes };
