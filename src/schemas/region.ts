import { z } from 'astro/zod';
import { civilDateField, editorialFields, sourceSchema } from './common';
import { CATEGORY_IDS } from './categories';
import { PAYMENT_METHOD_IDS } from './paymentMethods';
import { TOPIC_IDS } from './topics';
import {
  A_TO_Z_FROM,
  CONFIDENCE,
  CONTACT_KINDS,
  COUNTS_FROM,
  DEDUCTION_KINDS,
  EXTRA_HOLIDAY_TYPES,
  FULFILLED_BY,
  OFFICIAL_SOURCE_KINDS,
  READ_FROM,
  REFUND_SHARE_WHEN,
  REFUND_TRIGGERS,
  REMEDIES,
  RETURN_OPTION_KINDS,
  RIGHT_KINDS,
  SCOPES,
  SOLD_BY,
  SOURCE_KINDS,
  TIMELINE_STAGES,
  TIME_UNITS,
  WEEKDAYS,
} from './regionVocabulary';
import { sourceRecordProblems, sourceYear, webAddress } from './sourceQuality';

/**
 * One region (one Amazon marketplace): every rule the site states and every widget computes comes from here.
 *
 * Shape, in short:
 * - every leaf fact is an object with `source` (the `id` of an entry in the region's `sources`), `confidence`
 *   (`official` | `reported`) and an optional `note`;
 * - wherever the research found nothing, the field holds `{ published: false, checkAt: <source id>, note }`
 *   instead, so pages and widgets print "not published; check the official page", never a guess;
 * - ids (categories, payment methods, topics) come from the global catalogues, so regions stay comparable.
 *
 * The vocabularies (with reader-facing labels) live in regionVocabulary.ts, which browser code can import without Zod.
 */

// ---------------------------------------------------------------- building blocks

type Labels = Record<string, unknown>;
const idsOf = <T extends Labels>(labels: T) => Object.keys(labels) as [keyof T & string, ...Array<keyof T & string>];

/** An enum whose error says what was expected, in the editor's words. */
function oneOf<T extends Labels>(labels: T, what: string) {
  const ids = idsOf(labels);
  return z.enum(ids, {
    error: (issue) =>
      issue.input === undefined ? `is required: ${what} (one of ${ids.join(', ')})` : `"${String(issue.input)}" is not ${what}: use one of ${ids.join(', ')}`,
  });
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

const categoryId = z.enum(CATEGORY_IDS, {
  error: (issue) =>
    issue.input === undefined
      ? 'is required: a category id from src/schemas/categories.ts'
      : `"${String(issue.input)}" is not a known category: use an id from src/schemas/categories.ts (for example standard, electronics, renewed-premium), or add it there first`,
});

const paymentMethodId = z.enum(PAYMENT_METHOD_IDS, {
  error: (issue) =>
    issue.input === undefined
      ? 'is required: a payment method id from src/schemas/paymentMethods.ts'
      : `"${String(issue.input)}" is not a known payment method: use an id from src/schemas/paymentMethods.ts (for example credit-card, gift-card-balance), or add it there first`,
});

const topicId = z.enum(TOPIC_IDS, { error: `must be one of: ${TOPIC_IDS.join(', ')}` });

const text = (what: string) => z.string({ error: `is required: ${what}` }).trim().min(3, `is required: ${what}`);

const sourceRef = (what: string) =>
  z
    .string({ error: `needs ${what}: the id of one of this region's sources (listed under sources:)` })
    .regex(ID, `must be the id of one of this region's sources (lowercase letters, digits and hyphens)`);

const wholeDays = (what: string) =>
  z
    .number({ error: `needs ${what} as a whole number of days` })
    .int(`needs ${what} as a whole number of days`)
    .positive(`needs ${what} as a whole number of days above zero`);

const percent = z
  .number({ error: 'must be a percentage from 0 to 100' })
  .min(0, 'must be a percentage from 0 to 100')
  .max(100, 'must be a percentage from 0 to 100');

const currencyCode = z.string({ error: 'needs an ISO 4217 currency code such as GBP' }).regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code such as GBP, EUR or USD');

const timeUnit = oneOf(TIME_UNITS, 'a time unit');

/** Every fact says where it comes from and how sure we are. */
const factFields = {
  source: sourceRef('a source'),
  confidence: oneOf(CONFIDENCE, 'a confidence: "official" (read on an Amazon page or in the law text) or "reported" (read in a copy or a report)'),
  note: z.string().trim().min(3, 'must be a sentence, or left out').optional(),
};

/** A span of time: `max` alone reads "up to …"; `min` = `max` reads as one figure. */
const rangeFields = {
  min: z.number({ error: 'must be a number' }).nonnegative('cannot be negative').optional(),
  max: z.number({ error: 'needs the longest time (max) as a number' }).nonnegative('cannot be negative'),
  unit: timeUnit,
  /** The source says "usually" or "about". */
  approximate: z.boolean({ error: 'must be true or false' }).optional(),
};
const rangeSchema = z.strictObject(rangeFields);

const durationSchema = z.strictObject({
  value: z.number({ error: 'needs the length as a number' }).positive('must be above zero'),
  unit: timeUnit,
});

const moneySchema = z.strictObject({
  amount: z.number({ error: 'needs the amount as a number' }).nonnegative('cannot be negative'),
  currency: currencyCode,
  /** The source says "from" or "or more". */
  atLeast: z.boolean({ error: 'must be true or false' }).optional(),
});

/** What the data says when the research found nothing: pages print "not published" and link `checkAt`. */
export const notPublishedSchema = z.strictObject({
  published: z.literal(false, { error: 'must be false (leave it out when the fact is published)' }),
  checkAt: sourceRef('an official page to check (checkAt)'),
  note: text('a note saying what is missing'),
});

function isNotPublishedShape(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && (value as { published?: unknown }).published === false;
}

/**
 * Either the schema, or `{ published: false, checkAt, note }` (extra fields such as `season` allowed through `missing`).
 * Written as a switch rather than a union so errors point at the exact field instead of "did not match union".
 */
function publishable<T extends z.ZodType, M extends z.ZodType = typeof notPublishedSchema>(schema: T, missing?: M) {
  const notPublished = (missing ?? notPublishedSchema) as M;
  return z.unknown().transform((value, ctx): z.output<T> | z.output<M> => {
    const target: z.ZodType = isNotPublishedShape(value) ? notPublished : schema;
    const result = target.safeParse(value);
    if (result.success) return result.data as z.output<T> | z.output<M>;
    for (const issue of result.error.issues) ctx.addIssue(issue as Parameters<typeof ctx.addIssue>[0]);
    return z.NEVER;
  });
}

/** A list of facts, or `published: false` when there is nothing to list. */
const listOrNotPublished = <T extends z.ZodType>(item: T, what: string) =>
  publishable(z.array(item, { error: `is required: ${what}, or published: false with checkAt and a note when it is not published` }));

// ---------------------------------------------------------------- sources

export const regionSourceSchema = sourceSchema.extend({
  id: z
    .string({ error: 'needs a short id (for example "amazon-us-returns") that facts can refer to' })
    .regex(ID, 'must be lowercase letters, digits and hyphens'),
  kind: oneOf(SOURCE_KINDS, 'a kind of source'),
  /** When the research could only read a third-party copy of this page: the copy's address. Facts citing it are `reported`. */
  readAt: webAddress('the address of the copy that was read').optional(),
  /** The research did not read this page; it is linked so readers can check it. No fact may cite it as its `source`. */
  linkOnly: z.boolean({ error: 'must be true or false' }).optional(),
  /** The day our research read the page (or its copy): what "as of" means for every fact resting on it. */
  readOn: civilDateField.optional(),
  /** What was read: the live page, a stored copy of it at its own address, or a third-party copy (readAt). */
  readFrom: oneOf(READ_FROM, 'how the page was read').optional(),
  /** The page's own year (published or last updated), where it shows one; pages show it beside old figures. */
  year: sourceYear.optional(),
});

// ---------------------------------------------------------------- return windows

const refundShareSchema = z.strictObject({
  when: oneOf(REFUND_SHARE_WHEN, 'the condition the share applies to'),
  percent,
});

const standardWindowSchema = z.strictObject({
  days: wholeDays('the standard return window'),
  counts: oneOf(COUNTS_FROM, 'what the window counts from').optional(),
  soldBy: oneOf(SOLD_BY, 'who sells the items it covers').optional(),
  conditions: text('the conditions').optional(),
  refundShare: z.array(refundShareSchema).optional(),
  ...factFields,
});

const categoryRuleSchema = z.strictObject({
  category: categoryId,
  /** Which items of the category, when the rule covers only some ("Laptops", "Items over $3"). */
  items: text('which items the rule covers').optional(),
  /** false: cannot be returned for a change of mind. Leave out `days` then. */
  returnable: z.boolean({ error: 'must be true or false' }).default(true),
  days: wholeDays('the return window').optional(),
  counts: oneOf(COUNTS_FROM, 'what the window counts from').optional(),
  remedy: oneOf(REMEDIES, 'what you get back').optional(),
  soldBy: oneOf(SOLD_BY, 'who sells the items it covers').optional(),
  conditions: text('the conditions').optional(),
  refundShare: z.array(refundShareSchema).optional(),
  /** The rule applies to orders from this date (a policy change). */
  validFrom: civilDateField.optional(),
  validTo: civilDateField.optional(),
  ...factFields,
});

// ---------------------------------------------------------------- holiday windows

const holidayVariantSchema = z.strictObject({
  categories: z.array(categoryId, { error: 'needs the categories this variant covers' }).min(1, 'needs at least one category'),
  returnBy: civilDateField,
  orDaysAfterReceipt: wholeDays('the days after receipt').optional(),
  orDaysAfterPurchase: wholeDays('the days after purchase').optional(),
  ...factFields,
});

const holidaySeasonSchema = z.strictObject({
  /** The year of the November–December shopping season. */
  season: z.number({ error: 'needs the season year, for example 2025' }).int('must be a year').min(2000, 'must be a year'),
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

const holidaySeasonNotPublishedSchema = notPublishedSchema.extend({
  season: z.number({ error: 'needs the season year, for example 2025' }).int('must be a year').min(2000, 'must be a year'),
});

// ---------------------------------------------------------------- refunds

const refundIssuedSchema = z.strictObject({
  when: oneOf(REFUND_TRIGGERS, 'when the refund is issued'),
  appliesTo: text('which returns this covers'),
  fulfilledBy: oneOf(FULFILLED_BY, 'who shipped the order').optional(),
  scope: oneOf(SCOPES, 'a scope').optional(),
  /** How long after that moment the refund is issued. */
  within: rangeSchema.optional(),
  ...factFields,
});

const timelineStageSchema = z.strictObject({
  stage: oneOf(TIMELINE_STAGES, 'a stage of the return'),
  fulfilledBy: oneOf(FULFILLED_BY, 'who shipped the order').optional(),
  scope: oneOf(SCOPES, 'a scope').optional(),
  ...rangeFields,
  ...factFields,
});

/** How long the money takes to reach you after the refund is issued. No `method`: a figure for every method. */
const paymentTimeSchema = z.strictObject({
  method: paymentMethodId.optional(),
  /** Where the money goes when it is not back to the same method (Pay on Delivery → bank account). */
  refundedAs: paymentMethodId.optional(),
  fulfilledBy: oneOf(FULFILLED_BY, 'who shipped the order').optional(),
  scope: oneOf(SCOPES, 'a scope').optional(),
  ...rangeFields,
  ...factFields,
});

const paymentTimeNotPublishedSchema = notPublishedSchema.extend({
  method: paymentMethodId.optional(),
  scope: oneOf(SCOPES, 'a scope').optional(),
});

// ---------------------------------------------------------------- costs

const freeReturnSchema = z.strictObject({
  cases: text('when the return is free'),
  ...factFields,
});

const labelFeeSchema = z.strictObject({
  appliesTo: text('when the fee is charged'),
  /** Left out when the source gives no amount: pages print "amount not published". */
  fee: moneySchema.optional(),
  scope: oneOf(SCOPES, 'a scope').optional(),
  ...factFields,
});

const deductionSchema = z.strictObject({
  kind: oneOf(DEDUCTION_KINDS, 'a kind of deduction'),
  percent,
  /** "up to" the percentage. */
  upTo: z.boolean({ error: 'must be true or false' }).optional(),
  conditions: text('when it applies'),
  categories: z.array(categoryId).optional(),
  ...factFields,
});

// ---------------------------------------------------------------- drop-off, law, programmes, contact

const returnOptionSchema = z.strictObject({
  kind: oneOf(RETURN_OPTION_KINDS, 'a way to send the return'),
  summary: text('a short description'),
  partners: z.array(z.string().trim().min(2)).optional(),
  noBox: z.boolean({ error: 'must be true or false' }).optional(),
  noLabel: z.boolean({ error: 'must be true or false' }).optional(),
  ...factFields,
});

const statutoryRightSchema = z.strictObject({
  kind: oneOf(RIGHT_KINDS, 'a kind of right'),
  title: text('a short reader-facing title'),
  /** The law by name and section ("Consumer Rights Act 2015, s. 22"). */
  lawName: text('the name of the law'),
  /** The source entry holding the law text's address, when there is one. */
  law: sourceRef('the law text').optional(),
  jurisdiction: text('where it applies').optional(),
  period: durationSchema.optional(),
  /** What the period counts from, in words. */
  from: text('what the period counts from').optional(),
  summary: text('a one-sentence summary'),
  excludedCategories: z.array(categoryId).optional(),
  validFrom: civilDateField.optional(),
  validTo: civilDateField.optional(),
  ...factFields,
});

const renewedGuaranteeSchema = z.strictObject({
  period: durationSchema,
  summary: text('what the guarantee gives'),
  phone: z.string().trim().min(5).optional(),
  ...factFields,
});

const aToZSchema = z.strictObject({
  claimWindow: z
    .strictObject({
      days: wholeDays('the claim window'),
      from: oneOf(A_TO_Z_FROM, 'what the claim window counts from'),
      ...factFields,
    })
    .optional(),
  waitBeforeClaim: z
    .strictObject({
      ...rangeFields,
      after: text('what the wait counts from').optional(),
      ...factFields,
    })
    .optional(),
  coverage: z.strictObject({ summary: text('what the guarantee covers'), ...factFields }).optional(),
  maxAmount: z.strictObject({ ...moneySchema.shape, ...factFields }).optional(),
});

const contactSchema = z.strictObject({
  kind: oneOf(CONTACT_KINDS, 'a contact channel'),
  label: text('what the channel is for'),
  phone: z.string().trim().regex(/^[0-9+][0-9 ()-]{4,}$/, 'must be a phone number').optional(),
  ...factFields,
});

/** A public body a reader can turn to once Amazon or the seller has not put things right. */
const consumerBodySchema = z.strictObject({
  name: text('the name of the body'),
  /** The body's own page for consumers: where readers go. */
  url: z.url({ error: "must be the full https:// address of the body's page for consumers", protocol: /^https$/ }),
  summary: text('what the body can do for a shopper, in a sentence'),
  /** Where it applies, when only part of the region ("Québec"). */
  jurisdiction: text('where it applies').optional(),
  ...factFields,
});

const otherRuleSchema = z.strictObject({
  topic: topicId,
  summary: text('the rule in one or two sentences'),
  ...factFields,
});

// ---------------------------------------------------------------- the region

const regionShape = z.object({
  ...editorialFields,
  sources: z
    .array(regionSourceSchema, { error: 'needs a list of sources, each with an id, a title, a url and a kind' })
    .min(1, "needs at least one source: Amazon's own help page or the law text"),
  name: text('the region name readers know, for example "United Kingdom"'),
  /** The marketplace domain, for example amazon.co.uk. */
  marketplace: z
    .string({ error: 'is required: the marketplace domain, for example amazon.co.uk' })
    .regex(/^amazon(\.[a-z]{2,3}){1,2}$/, 'must be an Amazon domain such as amazon.com or amazon.co.uk'),
  currency: currencyCode,
  locale: z.string({ error: 'is required: a BCP 47 locale such as en-GB' }).refine(isCanonicalLocale, 'must be a BCP 47 locale such as en-GB, de-DE or ja-JP'),
  timeZone: z.string({ error: 'is required: an IANA time zone such as Europe/London' }).refine(isTimeZone, 'must be an IANA time zone such as Europe/London'),
  weekend: z.array(oneOf(WEEKDAYS, 'a weekday'), { error: 'is required: the weekend days, for example [saturday, sunday]' }).max(6, 'cannot be the whole week'),
  /** ISO 3166-1 code date-holidays knows the country by (GB for the UK). */
  holidayCountry: z.string({ error: 'is required: the ISO 3166-1 country code for public holidays, for example GB' }).regex(/^[A-Z]{2}$/, 'must be a two-letter ISO 3166-1 code such as GB'),
  /** Shown with the holiday list: what the national list leaves out. */
  holidayNote: text('a note').optional(),
  /**
   * Holiday kinds counted as non-business days besides the public holidays, where banks or card issuers close on
   * them (Japan's bank closing days, 31 December and 2–3 January, are `bank` in date-holidays).
   */
  extraHolidayTypes: z.array(oneOf(EXTRA_HOLIDAY_TYPES, 'a kind of holiday'), { error: 'must be a list of holiday kinds, for example [bank]' }).optional(),
  /** Source id of Amazon's returns help page for this marketplace; must be on the marketplace domain. */
  returnsHelpPage: sourceRef('the returns help page'),
  returnWindow: publishable(standardWindowSchema),
  categoryRules: z.array(categoryRuleSchema).default([]),
  holidayWindows: z.array(publishable(holidaySeasonSchema, holidaySeasonNotPublishedSchema)).default([]),
  refund: z.strictObject(
    {
      issued: listOrNotPublished(refundIssuedSchema, 'when the refund is issued'),
      timeline: listOrNotPublished(timelineStageSchema, 'how long the return takes to arrive and be processed'),
      paymentTimes: listOrNotPublished(publishable(paymentTimeSchema, paymentTimeNotPublishedSchema), 'how long the money takes per payment method'),
    },
    { error: 'is required: issued, timeline and paymentTimes' },
  ),
  costs: z.strictObject(
    {
      freeReturns: listOrNotPublished(freeReturnSchema, 'when returns are free'),
      labelFees: listOrNotPublished(labelFeeSchema, 'return label fees'),
      deductions: listOrNotPublished(deductionSchema, 'deductions from the refund'),
    },
    { error: 'is required: freeReturns, labelFees and deductions' },
  ),
  returnOptions: listOrNotPublished(returnOptionSchema, 'drop-off and pickup options'),
  statutoryRights: listOrNotPublished(statutoryRightSchema, 'rights the law gives'),
  renewedGuarantee: publishable(renewedGuaranteeSchema),
  aToZ: publishable(aToZSchema),
  contact: listOrNotPublished(contactSchema, 'customer-service channels'),
  /** Consumer bodies to escalate to; left out where none is sourced yet. */
  consumerBodies: z.array(consumerBodySchema, { error: 'must be a list of consumer bodies, each with name, url, summary, source and confidence' }).optional(),
  otherRules: z.array(otherRuleSchema).default([]),
});

export const regionSchema = regionShape.superRefine((region, ctx) => {
  for (const problem of regionProblems(region)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
});

// ---------------------------------------------------------------- cross-field checks

export interface RegionProblem {
  path: Array<string | number>;
  message: string;
}

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every rule that spans fields: source references, dates in order, ranges in order, windows complete. */
export function regionProblems(region: z.output<typeof regionShape>): RegionProblem[] {
  const problems: RegionProblem[] = [];
  const add = (path: Array<string | number>, message: string) => problems.push({ path, message });
  const sources = new Map<string, RegionSource>();
  region.sources.forEach((source, index) => {
    if (sources.has(source.id)) add(['sources', index, 'id'], `"${source.id}" is used by two sources: ids must be unique`);
    sources.set(source.id, source);
    for (const problem of sourceRecordProblems(source)) add(['sources', index, problem.field], problem.message);
  });
  const known = [...sources.keys()].join(', ');
  const lookup = (path: Array<string | number>, id: unknown): RegionSource | undefined => {
    const source = typeof id === 'string' ? sources.get(id) : undefined;
    if (!source) add(path, `"${String(id)}" is not one of this region's sources: add it under sources (id, title, url, kind) or use one of: ${known}`);
    return source;
  };

  const helpPage = lookup(['returnsHelpPage'], region.returnsHelpPage);
  if (helpPage && !onDomain(helpPage.url, region.marketplace)) {
    add(['returnsHelpPage'], `"${helpPage.id}" must be a page on ${region.marketplace} (its url is ${helpPage.url})`);
  }

  const visit = (value: unknown, path: Array<string | number>): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
      return;
    }
    if (!isNode(value)) return;
    if ('source' in value) {
      const source = lookup([...path, 'source'], value.source);
      if (source?.linkOnly) add([...path, 'source'], `"${source.id}" is marked linkOnly (the research did not read it), so no fact can rest on it`);
      if (source && value.confidence === 'official' && (source.readAt || !OFFICIAL_SOURCE_KINDS.includes(source.kind))) {
        const why = source.readAt ? `was read in a copy (${source.readAt})` : `is a ${SOURCE_KINDS[source.kind].toLowerCase()}`;
        add([...path, 'confidence'], `is "official" but its source "${source.id}" ${why}: use "reported"`);
      }
    }
    if ('checkAt' in value) lookup([...path, 'checkAt'], value.checkAt);
    if ('law' in value) lookup([...path, 'law'], value.law);
    if (typeof value.min === 'number' && typeof value.max === 'number' && value.min > value.max) {
      add([...path, 'max'], `(${value.max}) is smaller than min (${value.min})`);
    }
    if (typeof value.validFrom === 'string' && typeof value.validTo === 'string' && value.validTo < value.validFrom) {
      add([...path, 'validTo'], `ends (${value.validTo}) before it starts (validFrom ${value.validFrom})`);
    }
    for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  for (const [key, value] of Object.entries(region)) {
    if (key !== 'sources') visit(value, [key]);
  }

  region.categoryRules.forEach((rule, index) => {
    if (rule.returnable && rule.days === undefined) add(['categoryRules', index, 'days'], 'needs the return window in days (or returnable: false)');
    if (!rule.returnable && rule.days !== undefined) add(['categoryRules', index, 'days'], 'must be left out when returnable is false');
  });

  region.consumerBodies?.forEach((body, index) => {
    const source = sources.get(body.source);
    if (source && source.kind !== 'government') {
      add(['consumerBodies', index, 'source'], `"${source.id}" has kind: ${source.kind}; a consumer body must cite an official page, of the body itself or of the government (a source with kind: government)`);
    }
  });

  region.holidayWindows.forEach((window, index) => {
    if (!('purchasedFrom' in window)) return;
    const at = (field: string | number, ...rest: Array<string | number>) => ['holidayWindows', index, field, ...rest];
    if (window.purchasedTo < window.purchasedFrom) add(at('purchasedTo'), `ends (${window.purchasedTo}) before it starts (purchasedFrom ${window.purchasedFrom})`);
    if (window.returnBy < window.purchasedTo) add(at('returnBy'), `(${window.returnBy}) is before the end of the purchase period (purchasedTo ${window.purchasedTo})`);
    if (window.orDaysAfterReceipt !== undefined && window.orDaysAfterPurchase !== undefined) add(at('orDaysAfterPurchase'), 'use orDaysAfterReceipt or orDaysAfterPurchase, not both');
    window.variants?.forEach((variant, v) => {
      if (variant.returnBy < window.purchasedTo) add(at('variants', v, 'returnBy'), `(${variant.returnBy}) is before the end of the purchase period (purchasedTo ${window.purchasedTo})`);
      if (variant.orDaysAfterReceipt !== undefined && variant.orDaysAfterPurchase !== undefined) add(at('variants', v, 'orDaysAfterPurchase'), 'use orDaysAfterReceipt or orDaysAfterPurchase, not both');
    });
  });

  return problems;
}

function onDomain(url: string, domain: string): boolean {
  try {
    const host = new URL(url).hostname;
    return host === domain || host.endsWith(`.${domain}`);
  } catch {
    return false;
  }
}

function isCanonicalLocale(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value)[0] === value;
  } catch {
    return false;
  }
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value.includes('/');
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------- types for pages, widgets and helpers

export type RegionData = z.output<typeof regionSchema>;
export type RegionSource = z.output<typeof regionSourceSchema>;
export type NotPublished = z.output<typeof notPublishedSchema>;
export type Confidence = keyof typeof CONFIDENCE;
export type TimeUnit = keyof typeof TIME_UNITS;
export type Weekday = keyof typeof WEEKDAYS;
export type TimeRange = z.output<typeof rangeSchema>;
export type Duration = z.output<typeof durationSchema>;
export type Money = z.output<typeof moneySchema>;
export type StandardWindow = z.output<typeof standardWindowSchema>;
export type CategoryRule = z.output<typeof categoryRuleSchema>;
export type HolidaySeason = z.output<typeof holidaySeasonSchema>;
export type HolidayVariant = z.output<typeof holidayVariantSchema>;
export type HolidaySeasonNotPublished = z.output<typeof holidaySeasonNotPublishedSchema>;
export type RefundIssued = z.output<typeof refundIssuedSchema>;
export type TimelineStage = z.output<typeof timelineStageSchema>;
export type PaymentTime = z.output<typeof paymentTimeSchema>;
export type PaymentTimeNotPublished = z.output<typeof paymentTimeNotPublishedSchema>;
export type FreeReturn = z.output<typeof freeReturnSchema>;
export type LabelFee = z.output<typeof labelFeeSchema>;
export type Deduction = z.output<typeof deductionSchema>;
export type ReturnOption = z.output<typeof returnOptionSchema>;
export type StatutoryRight = z.output<typeof statutoryRightSchema>;
export type RenewedGuarantee = z.output<typeof renewedGuaranteeSchema>;
export type AToZ = z.output<typeof aToZSchema>;
export type ContactChannel = z.output<typeof contactSchema>;
export type ConsumerBody = z.output<typeof consumerBodySchema>;
export type OtherRule = z.output<typeof otherRuleSchema>;
/** The fields every leaf fact carries. */
export interface FactFields {
  source: string;
  confidence: Confidence;
  note?: string | undefined;
}
