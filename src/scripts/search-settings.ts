// Settings the search page (at build time) and the search scripts (in the browser) share. No browser code here:
// search.astro imports this while it renders.

/** Results rendered at a time. Pagefind's `max-results` only cuts the list; the "Show more" button pages it. */
export const SEARCH_PAGE_SIZE = 20;

/**
 * How long the search box waits after a keystroke before it searches (`<pagefind-input>` defaults to 300 ms, the
 * package's `<pagefind-searchbox>` to 150). Each keystroke already preloads the index chunks of the words typed so far
 * (preloadWhileTyping), so the wait hides no download; it only keeps a search (and the excerpts of its first results)
 * from running for every letter of a word typed in one go. At 100 ms results show 100 ms sooner than at 200 (a second
 * query at 1,000 pages: 300–390 ms → 225–245 ms, key to first result); a reader who pauses 100–200 ms between keys
 * now sees the results follow the word. `<pagefind-input>` reads 0 as its default, 300.
 */
export const SEARCH_DEBOUNCE_MS = 100;

/**
 * How long a term of a letter or two waits instead (search-short-terms.ts): `<pagefind-input>`'s own default. Such a
 * term is seldom what the reader means to search, and its index chunk is seldom the finished word's.
 */
export const SHORT_TERM_DEBOUNCE_MS = 300;

/**
 * What stands for a result until its excerpt arrives (search-paging.ts copies it for each result). The Component UI's
 * own has a five-element shimmering skeleton; this one is a bare item, given its height and kept unpainted by the
 * site's stylesheet.
 */
export const RESULT_PLACEHOLDER = '<li class="pf-result" aria-hidden="true"></li>';
