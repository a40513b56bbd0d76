import { z } from 'astro/zod';
import { editorialFields } from './common';

// Placeholder, expanded with the full policy data model by the region-data work.
export const regionSchema = z.object({
  ...editorialFields,
  name: z.string(),
  marketplace: z.string(),
});
