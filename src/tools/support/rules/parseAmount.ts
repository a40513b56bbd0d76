/**
 * Reads a refund amount as people type it: "24.99", "24,99", "£24.99", "1,299.00", "1.299,00", "₹1,23,456", "EUR 15".
 * The currency comes from the region, so symbols and codes around the number are ignored.
 */
export type AmountResult = { ok: true; amount: number } | { ok: false; reason: string };

/** Larger than any single order; catches a pasted order number. */
export const MAX_AMOUNT = 10_000_000;

const EXAMPLE = 'write the amount as a number, for example 24.99';

/** Digits after the decimal mark the currency uses: 2 for GBP, 0 for JPY. */
export function currencyDecimals(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** `undefined` for an empty field (amounts are optional). `currency` limits the decimals (none for yen). */
export function parseAmount(text: string | null | undefined, currency?: string): AmountResult | undefined {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return undefined;
  if (/-\s*\d|\d\s*-$/.test(trimmed)) return { ok: false, reason: 'cannot be negative: write the amount without a minus sign.' };
  const number = trimmed.replace(/^[^\d.,]+/, '').replace(/[^\d.,]+$/, '').replace(/[\s'\u00A0\u202F]/g, '');
  if (!/^[\d.,]+$/.test(number) || !/\d/.test(number)) return { ok: false, reason: `"${shown(trimmed)}" is not an amount: ${EXAMPLE}.` };
  const normalised = normalise(number);
  if (normalised === undefined || !/^\d+(\.\d{1,2})?$/.test(normalised)) return { ok: false, reason: `"${shown(trimmed)}" is not an amount: ${EXAMPLE}.` };
  const decimals = currency ? currencyDecimals(currency) : 2;
  const fraction = normalised.split('.')[1] ?? '';
  if (fraction.length > decimals) {
    return { ok: false, reason: decimals === 0 ? `amounts in ${currency} have no decimals: write a whole number, for example 1500.` : `"${shown(trimmed)}" has too many decimals: ${EXAMPLE}.` };
  }
  const amount = Number(normalised);
  if (amount > MAX_AMOUNT) return { ok: false, reason: `${shown(trimmed)} is more than any single order: check the amount.` };
  return { ok: true, amount };
}

/** The number with "." as the only decimal mark and no grouping, or `undefined` when the marks make no sense. */
function normalise(number: string): string | undefined {
  const lastDot = number.lastIndexOf('.');
  const lastComma = number.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const grouping = decimal === '.' ? ',' : '.';
    const [whole = '', fraction, extra] = number.split(decimal);
    if (extra !== undefined || !groupedCorrectly(whole, grouping)) return undefined;
    return `${whole.split(grouping).join('')}.${fraction}`;
  }
  const mark = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : undefined;
  if (mark === undefined) return number;
  const parts = number.split(mark);
  // One mark followed by one or two digits is a decimal mark; otherwise it groups thousands.
  if (parts.length === 2 && (parts[1]?.length ?? 0) <= 2) return parts.join('.');
  return groupedCorrectly(number, mark) ? parts.join('') : undefined;
}

/** Thousands grouping: 1,299 and 1.299.000, and India's lakh grouping 1,23,456 (the last group always has three digits). */
function groupedCorrectly(whole: string, mark: string): boolean {
  const groups = whole.split(mark);
  if (groups.length === 1) return true;
  return groups.every((group, index) => {
    if (index === 0) return group.length >= 1 && group.length <= 3;
    return index === groups.length - 1 ? group.length === 3 : group.length === 2 || group.length === 3;
  });
}

function shown(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}
