// Counts in the Component UI's messages ("1,012 results for refund"), written without Intl.NumberFormat.
// The Component UI builds a new Intl.NumberFormat for each number it puts in a message, and the first one a page
// builds loads ICU's number data: 35-90 ms on the main thread on this project's 2-core machine (×4 under Lighthouse's
// mobile throttling), inside the task that shows the first results. The site is English (html lang="en"), and a
// count is a whole number, so grouping its digits by threes with commas gives what Intl.NumberFormat('en') gives
// (tests/unit/scripts/search-count.test.ts compares the two).

/** `count` as Intl.NumberFormat('en') writes it, for whole numbers from 0 up; anything else goes to Intl. */
export function formatCount(count: number): string {
  if (!Number.isSafeInteger(count) || count < 0) return new Intl.NumberFormat('en').format(count);
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** `replacements` with each number written by formatCount, so the Component UI finds no number left to format. */
export function countsAsText(replacements: Record<string, string | number>): Record<string, string> {
  return Object.fromEntries(Object.entries(replacements).map(([name, value]) => [name, typeof value === 'number' ? formatCount(value) : value]));
}
