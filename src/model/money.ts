/**
 * Money in words: "£3.99", "from £3.99". A file of its own, apart from format.ts, because the composer formats the
 * amounts a reader types in the browser and needs nothing else of format.ts there (its periods are worded at build
 * time), so the unit vocabulary stays out of its download.
 */
import type { Money } from './types';
import { NOT_IN_OUR_SOURCES } from './missing';

/** An amount in its currency, "£3.99" or "from £3.99"; "amount not in our sources yet" when the source gave none. */
export function formatMoney(money: Money | null | undefined, locale = 'en'): string {
  if (!money) return `amount ${NOT_IN_OUR_SOURCES}`;
  const amount = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: money.currency,
    minimumFractionDigits: Number.isInteger(money.amount) ? 0 : 2,
  }).format(money.amount);
  return money.atLeast ? `from ${amount}` : amount;
}
