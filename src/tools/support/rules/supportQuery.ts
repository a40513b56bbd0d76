/**
 * Pre-filling the composer from a link, as the eligibility checker and the refund estimator write them:
 * `region`, `ordered`, `delivered`, `handover`, `expected` (the date the refund was expected by), `method`,
 * `category` and `condition`. Unknown keys are ignored; a bad value is passed on as it is, so the form shows the
 * field's error instead of silently dropping it.
 */
import type { RawSupportInput, SupportField } from './fields';
import type { SituationId } from './situations';
import type { ComposerLinkAnswers } from '../../shared/links';

/** Link keys that map straight onto a field. */
const DIRECT: Readonly<Partial<Record<keyof ComposerLinkAnswers, SupportField>>> = {
  region: 'region',
  ordered: 'ordered',
  delivered: 'delivered',
  handover: 'handover',
  expected: 'expectedBy',
  method: 'method',
};

/** The eligibility checker's item conditions that are a problem to report (the others are a change of mind). */
export const CONDITION_SITUATIONS: Readonly<Record<string, SituationId>> = {
  damaged: 'damaged-faulty',
  defective: 'damaged-faulty',
  'wrong-item': 'wrong-item',
};

const MAX_LENGTH = 200;

/**
 * The answers a query string carries (`?region=uk&…` or `region=uk&…`). `categories` (the vocabulary of
 * model/vocabulary/categories.ts) words a `category` as the start of the "Item" field; without it the category is
 * ignored, so the browser loads the vocabulary only for a link that names one.
 */
export function readSupportQuery(search: string, categories: Readonly<Record<string, { label: string }>> = {}): RawSupportInput {
  const params = new URLSearchParams(typeof search === 'string' ? search : '');
  const raw: RawSupportInput = {};
  for (const [key, field] of Object.entries(DIRECT)) {
    const value = params.get(key);
    if (value === null || value.trim() === '') continue;
    const trimmed = value.trim().slice(0, MAX_LENGTH);
    // Ids are lowercase; a link may not be.
    raw[field] = field === 'region' || field === 'method' ? trimmed.toLowerCase() : trimmed;
  }
  const condition = params.get('condition')?.trim() ?? '';
  if (Object.hasOwn(CONDITION_SITUATIONS, condition)) raw.situation = CONDITION_SITUATIONS[condition];
  const category = params.get('category')?.trim() ?? '';
  // The category names the kind of item: a start for the "Item" field, which the reader then makes precise.
  if (category !== 'standard' && Object.hasOwn(categories, category)) raw.item = categories[category]?.label;
  return raw;
}
