/** Phone numbers from region data, for a link and for text that never breaks across lines. */

/** `tel:` address: digits and a leading +, nothing else ("1-800-362-5703" → "tel:18003625703"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}

/** The number as written, with non-breaking spaces and hyphens so it stays on one line. */
export function phoneText(phone: string): string {
  return phone.replace(/ /g, '\u00A0').replace(/-/g, '\u2011');
}
