import type { CategoryId } from '../../../model/vocabulary/categories';

/**
 * Items that shops commonly treat apart from the standard window (downloads, food, made-to-order, hygiene, safety).
 * Where a region has no rule of its own for one of these, the checker says "not published" instead of assuming
 * the standard window, and does not count on the right to cancel either.
 */
export const NOT_ASSUMED_STANDARD: ReadonlySet<CategoryId> = new Set<CategoryId>([
  'digital',
  'kindle-books',
  'digital-music',
  'software',
  'grocery-perishables',
  'personalised',
  'hygiene-sealed',
  'health-safety-risk',
  'pharmacy',
  'pet-medication',
  'gift-cards',
  'hazardous',
  'restricted-shipping',
  'automobiles',
]);
