import { z } from 'astro/zod';
import { factFields, oneOf, text } from './blocks';
import { RETURN_OPTION_KINDS } from '../vocabulary/regionVocabulary';

/** One way to send a return back: a drop-off point, a pickup, a locker. */
export const returnOptionSchema = z.strictObject({
  kind: oneOf(RETURN_OPTION_KINDS, 'a way to send the return'),
  summary: text('a short description'),
  partners: z.array(z.string().trim().min(2)).optional(),
  noBox: z.boolean({ error: 'must be true or false' }).optional(),
  noLabel: z.boolean({ error: 'must be true or false' }).optional(),
  ...factFields,
});
