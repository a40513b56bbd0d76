/**
 * What Pagefind reads of a built page, made to index as a reader reads it.
 *
 * Pagefind joins the text of neighbouring elements without a space when the HTML has none between them, as
 * Astro's compressed HTML does: "Credit card" and "Debit card" in two header cells were indexed as
 * "Credit cardDebit card", and a category with its description below it as "Mobile phonesMobile phones and…".
 * A space at each edge of an element that starts or ends a run of text (blocks, cells, list items, and spans,
 * which this site shows as badges or lines of their own) keeps the words apart. Inline markup inside a word
 * (links, emphasis, code) is left as written.
 *
 * Metadata that Pagefind searches (`data-pagefind-meta`, such as a guide's keywords) loses its one-letter words:
 * Pagefind matches a meta word that a query starts with, so the "z" of the keyword "A to z claim" answered every
 * query starting with z ("zzzzqqq" listed two guides). The page's text keeps "A-to-z", which Pagefind indexes whole.
 * The pages themselves are not changed.
 */
const SEPARATE = 'td|th|caption|li|dt|dd|p|h[1-6]|div|span|summary|figcaption|blockquote|legend|label|option|pre|section|article|aside|header|footer|nav|address|tr|table|ul|ol|dl|details|figure|button';
const OPENS = new RegExp(`<(${SEPARATE})(?=[\\s>/])`, 'gi');
const CLOSES = new RegExp(`</(${SEPARATE})>`, 'gi');

const SEARCHED_META = /<meta\b[^>]*\sdata-pagefind-meta="[^"]*\[content\]"[^>]*>/gi;
const ONE_LETTER_WORD = /(?<![\p{L}\p{N}'’-])\p{L}(?![\p{L}\p{N}'’-])/gu;

function withoutOneLetterWords(metaTag: string): string {
  return metaTag.replace(/\scontent="([^"]*)"/, (_whole, content: string) => {
    const kept = content.replace(ONE_LETTER_WORD, '').replace(/ {2,}/g, ' ').replace(/ ,/g, ',').trim();
    return ` content="${kept}"`;
  });
}

export function indexableHtml(html: string): string {
  return html
    .replace(SEARCHED_META, withoutOneLetterWords)
    .replace(OPENS, ' <$1')
    .replace(CLOSES, ' </$1>')
    .replace(/<br\s*\/?>/gi, ' <br>');
}
