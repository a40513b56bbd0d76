import { z } from 'astro/zod';
import { factFields, text, topicId } from './blocks';

/** A rule the other sections do not cover, filed under a topic. */
export const otherRuleSchema = z.strictObject({
  topic: topicId,
  summary: text('the rule in one or two sentences'),
  ...factFields,
});
