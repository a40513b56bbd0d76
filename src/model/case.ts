/**
 * First-letter case, for a label or a sentence placed inside another sentence. The one home of both directions, so
 * a label is never lowered one way on a page and another way in a tool.
 */

/** Words that keep their capital inside a sentence: names of shops, brands and programmes, and "I". */
const NAMES: ReadonlySet<string> = new Set(['Amazon', 'Apple', 'Kindle', 'Boost', 'Renewed', 'Zip', 'Afterpay', 'I']);

/**
 * The first letter lower-cased, to go inside a sentence: "Shipped by Amazon" → "shipped by Amazon", "Most items" →
 * "most items", "Enter a date" → "enter a date". Unchanged when the text starts with a name ("Amazon Pay balance",
 * "Apple products"), with an abbreviation or a word with a capital inside ("UPI", "TVs", "DIY", "PayTo"), or with no
 * letter at all ("3–5 business days", a quotation).
 */
export function lowerFirst(text: string): string {
  const word = /^[A-Za-z]+/.exec(text)?.[0];
  if (word === undefined || NAMES.has(word) || !/^[A-Z][a-z]*$/.test(word)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The first letter upper-cased, to start a sentence: "up to 10 business days" → "Up to 10 business days". */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
