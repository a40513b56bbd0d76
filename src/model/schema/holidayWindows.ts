import { z } from 'astro/zod';
import { civilDateField } from './common';
import { categoryId, factFields, oneOf, wholeDays } from './blocks';
import { notPublishedSchema } from './notPublished';
import { SOLD_BY } from '../vocabulary/regionVocabulary';

/** Holiday return windows: one season per year, with earlier dates for some categories. */

export const holidayVariantSchema = z.strictObject({
  categories: z.array(categoryId, { error: 'needs the categories this variant covers' }).min(1, 'needs at least one category'),
  returnBy: civilDateField,
  orDaysAfterReceipt: wholeDays('the days after receipt').optional(),
  orDaysAfterPurchase: wholeDays('the days after purchase').optional(),
  ...factFields,
});

const seasonYear = z.number({ error: 'needs the season year, for example 2025' }).int('must be a year').min(2000, 'must be a year');

export const holidaySeasonSchema = z.strictObject({
  /** The year of the November–December shopping season. */
  season: seasonYear,
  purchasedFrom: civilDateField,
  purchasedTo: civilDateField,
  /** Items bought in the period can be returned until this date … */
  returnBy: civilDateField,
  /** … or this many days after receipt, whichever is later (the EU rule). */
  orDaysAfterReceipt: wholeDays('the days after receipt').optional(),
  orDaysAfterPurchase: wholeDays('the days after purchase').optional(),
  /** Only these categories (all when left out). */
  categories: z.array(categoryId).optional(),
  excludedCategories: z.array(categoryId).optional(),
  soldBy: oneOf(SOLD_BY, 'who sells the items it covers').optional(),
  /** Categories with an earlier date (Apple in the US, electronics in the EU). */
  variants: z.array(holidayVariantSchema).optional(),
  ...factFields,
});

export const holidaySeasonNotPublishedSchema = notPublishedSchema.extend({ season: seasonYear });
