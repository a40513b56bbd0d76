/**
 * Order numbers: a format check, not a fact from our sources. Amazon order numbers usually have 3, 7 and 7 digits
 * (123-1234567-1234567) on every marketplace we cover; a region with another shape gets an entry in
 * ORDER_NUMBER_FORMATS and nothing else changes.
 */
export interface OrderNumberFormat {
  /** Digits per group, in order. */
  groups: readonly number[];
  example: string;
}

export const AMAZON_ORDER_NUMBER: OrderNumberFormat = { groups: [3, 7, 7], example: '123-1234567-1234567' };

/** Regions whose order numbers differ from AMAZON_ORDER_NUMBER, by region id. None known today. */
export const ORDER_NUMBER_FORMATS: Readonly<Record<string, OrderNumberFormat>> = {};

export function orderNumberFormat(region: string): OrderNumberFormat {
  return Object.hasOwn(ORDER_NUMBER_FORMATS, region) ? (ORDER_NUMBER_FORMATS[region] as OrderNumberFormat) : AMAZON_ORDER_NUMBER;
}

export type OrderNumberResult =
  | { ok: true; orderNumber: string }
  | { ok: false; code: 'empty' | 'format'; reason: string };

// Hyphen look-alikes people paste from emails and PDFs, and the long-vowel mark a Japanese keyboard types for "-".
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u30FC]/g;

/**
 * Digital orders (Kindle books, apps, music) are numbered with a "D" in place of the first digit: D01-1234567-1234567.
 * Reported by readers and visible on digital order pages; a format check only, like the rest of this file.
 */
const DIGITAL_PREFIX = 'D';

/**
 * Checks `text` against the region's order-number shape and returns it written the usual way. Forgiving about
 * what copying adds: surrounding spaces, a leading "#", long dashes, spaces instead of or around the dashes, and
 * the digits without dashes at all, full-width digits and signs typed on a Japanese keyboard (read as their ASCII
 * forms), and a digital order's leading "D" in either case.
 */
export function validateOrderNumber(region: string, text: string | null | undefined): OrderNumberResult {
  const format = orderNumberFormat(region);
  const usually = `Amazon order numbers usually look like ${format.example}`;
  const typed = (text ?? '').trim();
  const cleaned = typed.normalize('NFKC').replace(DASHES, '-').replace(/^#\s*/, '').trim().replace(/\s*-\s*|\s+/g, '-');
  if (cleaned === '') return { ok: false, code: 'empty', reason: `enter the order number. ${usually}.` };
  // A digital order's "D" stands where the first digit would: check the rest as digits, then put the "D" back.
  const digital = /^d\d/i.test(cleaned);
  const rest = digital ? `0${cleaned.slice(1)}` : cleaned;
  const total = format.groups.reduce((sum, size) => sum + size, 0);
  const digits = /^\d+$/.test(rest) && rest.length === total ? rest : undefined;
  const grouped = digits ? regroup(digits, format.groups) : rest;
  const pattern = new RegExp(`^${format.groups.map((size) => `\\d{${size}}`).join('-')}$`);
  if (pattern.test(grouped)) return { ok: true, orderNumber: digital ? `${DIGITAL_PREFIX}${grouped.slice(1)}` : grouped };
  const shown = typed.length > 40 ? `${typed.slice(0, 40)}…` : typed;
  const sizes = format.groups.join(', ').replace(/, (\d+)$/, ' and $1');
  return { ok: false, code: 'format', reason: `"${shown}" does not look like an order number. ${usually} (${sizes} digits, with hyphens): copy it from the order details.` };
}

function regroup(digits: string, groups: readonly number[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const size of groups) {
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  return parts.join('-');
}
