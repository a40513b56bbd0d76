import { ELIGIBILITY_FIELDS, type EligibilityInput, type RawEligibilityInput } from './types';

/**
 * The answers as a URL query (`region`, `category`, `seller`, `delivered`, `ordered`, `condition`, `today`), so a
 * link restores them. `today` is written only when the reader chose a date other than their own today: a link
 * opened next week should count from next week.
 */
export function eligibilityQuery(input: EligibilityInput, options: { includeToday: boolean }): string {
  const params = new URLSearchParams();
  params.set('region', input.region);
  params.set('category', input.category);
  params.set('seller', input.seller);
  params.set('delivered', input.delivered);
  if (input.ordered) params.set('ordered', input.ordered);
  params.set('condition', input.condition);
  if (options.includeToday) params.set('today', input.today);
  return params.toString();
}

/** The answers a query string holds (`?region=us&…` or without the `?`); other parameters are ignored. */
export function readEligibilityQuery(search: string): RawEligibilityInput {
  const params = new URLSearchParams(search);
  const raw: RawEligibilityInput = {};
  for (const field of ELIGIBILITY_FIELDS) {
    const value = params.get(field);
    if (value !== null) raw[field] = value;
  }
  return raw;
}
