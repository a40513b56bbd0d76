/**
 * The words region data is written in: every enum the region schema accepts, with reader-facing labels, so
 * pages and widgets can render any field without their own word lists.
 *
 * Plain constants with no dependencies: browser code (widgets) imports from here, never from region.ts,
 * which pulls in Zod.
 */

export const CONFIDENCE = {
  official: 'Read on an Amazon page or in the law text',
  reported: "Read in a copy of Amazon's page, a news report or a summary of the law",
} as const;

export const SOURCE_KINDS = {
  'amazon-help': "Amazon's customer help",
  'amazon-seller-help': "Amazon's help for sellers",
  'amazon-news': "Amazon's own news site",
  law: 'Law text',
  government: 'Government or regulator guidance',
  copy: 'A third-party copy of a page (url: the original page; readAt: the copy)',
  press: 'News report or third-party guide',
  library: 'Software library data',
} as const;

/** Kinds of source a fact may call `official` when it was read on the page itself (no `readAt`). */
export const OFFICIAL_SOURCE_KINDS: ReadonlyArray<keyof typeof SOURCE_KINDS> = ['amazon-help', 'amazon-seller-help', 'amazon-news', 'law', 'government'];

/**
 * The five ranks a reader sees, in order of authority: the law itself, then Amazon's own page, then a government
 * or regulator page, then the press and third-party guides, then a copy of a page (what we read was a copy).
 */
export const SOURCE_TIERS = {
  law: 'Law text',
  amazon: 'Amazon page',
  government: 'Government page',
  press: 'Press or third-party guide',
  copy: 'Copy of a page',
} as const;

/**
 * The rank of each kind. `library` (software library data, such as public-holiday lists) ranks with the press: a
 * third-party compilation, fine for holiday calendars, never for a policy or a law. A source read in a copy
 * (`readAt`) ranks as `copy`, whatever its kind.
 */
export const SOURCE_KIND_TIER: Readonly<Record<keyof typeof SOURCE_KINDS, keyof typeof SOURCE_TIERS>> = {
  law: 'law',
  'amazon-help': 'amazon',
  'amazon-seller-help': 'amazon',
  'amazon-news': 'amazon',
  government: 'government',
  press: 'press',
  library: 'press',
  copy: 'copy',
};

/** How our research read a source: the live page, a stored copy of it at its own address, or a third-party copy. */
export const READ_FROM = {
  'live-page': 'the page itself, online',
  'stored-page': 'a stored copy of the page at its own address (not the live web)',
  copy: 'a third-party copy (the address in readAt)',
} as const;

/** The names of a day, apart: a count of days (model/format.ts formatDays) needs these and not the whole table. */
export const DAY_WORDS = ['day', 'days'] as const;

/** Singular and plural names, for "1 business day" and "3–5 business days". */
export const TIME_UNITS = {
  minutes: ['minute', 'minutes'],
  hours: ['hour', 'hours'],
  'calendar-days': DAY_WORDS,
  'business-days': ['business day', 'business days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
  years: ['year', 'years'],
} as const;

export const WEEKDAYS = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
} as const;

/** What a return window counts from. */
export const COUNTS_FROM = {
  delivery: 'delivery',
  receipt: 'the day you receive it',
  purchase: 'the day you order',
} as const;

export const SOLD_BY = {
  amazon: 'Sold and shipped by Amazon',
  sellers: 'Sold by marketplace sellers',
  all: 'Amazon and marketplace sellers',
} as const;

export const FULFILLED_BY = {
  amazon: 'Shipped by Amazon',
  seller: 'Shipped by the seller',
} as const;

/** Most figures are for the marketplace itself; Amazon Global Store orders (shipped from abroad) have their own. */
export const SCOPES = {
  marketplace: 'Orders on this marketplace',
  'global-store': 'Amazon Global Store orders (shipped from abroad)',
} as const;

export const REMEDIES = {
  'refund-or-replacement': 'Refund or replacement',
  'replacement-only': 'Replacement only',
} as const;

/** The moment Amazon issues the refund. */
export const REFUND_TRIGGERS = {
  'first-scan': 'When the parcel is dropped off and scanned',
  receipt: 'When the return reaches Amazon or the seller',
  inspection: 'After the return has been checked',
  instant: 'Straight away, before the return is processed',
  'seller-confirmation': 'When the seller confirms receipt',
} as const;

export const TIMELINE_STAGES = {
  transit: 'The parcel travels back to Amazon',
  processing: 'Amazon processes the return after it arrives',
  'receive-and-process': 'From sending the parcel to the refund being issued',
} as const;

export const DEDUCTION_KINDS = {
  late: 'Late return',
  damage: 'Damaged or incomplete return',
  restocking: 'Restocking fee',
} as const;

export const RETURN_OPTION_KINDS = {
  'drop-off': 'Drop-off point',
  pickup: 'Pickup',
  locker: 'Locker',
  'post-office': 'Post office',
  'convenience-store': 'Convenience store',
} as const;

export const A_TO_Z_FROM = {
  'latest-estimated-delivery': 'the latest estimated delivery date',
  'order-date': 'the order date',
} as const;

export const CONTACT_KINDS = {
  chat: 'Online chat',
  phone: 'Phone',
} as const;

export const REFUND_SHARE_WHEN = {
  unopened: 'Unopened',
  opened: 'Opened',
} as const;

/**
 * Holiday kinds a region can add to its public holidays for business-day counting (`extraHolidayTypes`),
 * in date-holidays' words. Their names carry the label in brackets: "New Year's Eve (bank holiday)".
 */
export const EXTRA_HOLIDAY_TYPES = {
  bank: 'bank holiday',
  optional: 'optional holiday',
} as const;
