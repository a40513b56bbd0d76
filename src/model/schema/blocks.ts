import { z } from 'astro/zod';
import { CATEGORY_IDS } from '../vocabulary/categories';
import { PAYMENT_METHOD_IDS } from '../vocabulary/paymentMethods';
import { TOPIC_IDS } from '../vocabulary/topics';
import { CONFIDENCE, TIME_UNITS } from '../vocabulary/regionVocabulary';

/**
 * The building blocks of the region schema: fields whose error messages say what the editor should write.
 * Build time only (Zod); browser code reads the vocabularies in src/model/vocabulary/ instead.
 */

type Labels = Record<string, unknown>;
const idsOf = <T extends Labels>(labels: T) => Object.keys(labels) as [keyof T & string, ...Array<keyof T & string>];

/** An enum whose error says what was expected, in the editor's words. */
export function oneOf<T extends Labels>(labels: T, what: string) {
  const ids = idsOf(labels);
  return z.enum(ids, {
    error: (issue) =>
      issue.input === undefined ? `is required: ${what} (one of ${ids.join(', ')})` : `"${String(issue.input)}" is not ${what}: use one of ${ids.join(', ')}`,
  });
}

export const ID = /^[a-z0-9][a-z0-9-]*$/;

export const categoryId = z.enum(CATEGORY_IDS, {
  error: (issue) =>
    issue.input === undefined
      ? 'is required: a category id from src/model/vocabulary/categories.ts'
      : `"${String(issue.input)}" is not a known category: use an id from src/model/vocabulary/categories.ts (for example standard, electronics, renewed-premium), or add it there first`,
});

export const paymentMethodId = z.enum(PAYMENT_METHOD_IDS, {
  error: (issue) =>
    issue.input === undefined
      ? 'is required: a payment method id from src/model/vocabulary/paymentMethods.ts'
      : `"${String(issue.input)}" is not a known payment method: use an id from src/model/vocabulary/paymentMethods.ts (for example credit-card, gift-card-balance), or add it there first`,
});

export const topicId = z.enum(TOPIC_IDS, { error: `must be one of: ${TOPIC_IDS.join(', ')}` });

export const text = (what: string) => z.string({ error: `is required: ${what}` }).trim().min(3, `is required: ${what}`);

export const sourceRef = (what: string) =>
  z
    .string({ error: `needs ${what}: the id of one of this region's sources (listed under sources:)` })
    .regex(ID, `must be the id of one of this region's sources (lowercase letters, digits and hyphens)`);

export const wholeDays = (what: string) =>
  z
    .number({ error: `needs ${what} as a whole number of days` })
    .int(`needs ${what} as a whole number of days`)
    .positive(`needs ${what} as a whole number of days above zero`);

export const percent = z
  .number({ error: 'must be a percentage from 0 to 100' })
  .min(0, 'must be a percentage from 0 to 100')
  .max(100, 'must be a percentage from 0 to 100');

export const currencyCode = z.string({ error: 'needs an ISO 4217 currency code such as GBP' }).regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code such as GBP, EUR or USD');

export const timeUnit = oneOf(TIME_UNITS, 'a time unit');

/** Every fact says where it comes from and how sure we are. */
export const factFields = {
  source: sourceRef('a source'),
  confidence: oneOf(CONFIDENCE, 'a confidence: "official" (read on an Amazon page or in the law text) or "reported" (read in a copy or a report)'),
  note: z.string().trim().min(3, 'must be a sentence, or left out').optional(),
};

/** A span of time: `max` alone reads "up to …"; `min` = `max` reads as one figure. */
export const rangeFields = {
  min: z.number({ error: 'must be a number' }).nonnegative('cannot be negative').optional(),
  max: z.number({ error: 'needs the longest time (max) as a number' }).nonnegative('cannot be negative'),
  unit: timeUnit,
  /** The source says "usually" or "about". */
  approximate: z.boolean({ error: 'must be true or false' }).optional(),
};
export const rangeSchema = z.strictObject(rangeFields);

export const durationSchema = z.strictObject({
  value: z.number({ error: 'needs the length as a number' }).positive('must be above zero'),
  unit: timeUnit,
});

export const moneySchema = z.strictObject({
  amount: z.number({ error: 'needs the amount as a number' }).nonnegative('cannot be negative'),
  currency: currencyCode,
  /** The source says "from" or "or more". */
  atLeast: z.boolean({ error: 'must be true or false' }).optional(),
});

export function isCanonicalLocale(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value)[0] === value;
  } catch {
    return false;
  }
}

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value.includes('/');
  } catch {
    return false;
  }
}
