/**
 * The site is written in English. A region whose own locale is English keeps its conventions for dates and money
 * (en-US: "January 31, 2026", "$24.99"); every other region is read the British way (en-GB: "31 January 2026").
 * The one definition of "the English locale of a region", for pages, the checker and the composer alike.
 */
export function englishLocale(locale: string): string {
  return locale === 'en' || locale.startsWith('en-') ? locale : 'en-GB';
}
