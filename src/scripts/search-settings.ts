// Settings the search page (at build time) and the search scripts (in the browser) share. No browser code here:
// search.astro imports this while it renders.

/** Results rendered at a time. Pagefind's `max-results` only cuts the list; the "Show more" button pages it. */
export const SEARCH_PAGE_SIZE = 20;

/**
 * How long the search box waits after a keystroke before it searches (the Component UI's default is 300 ms). Each
 * keystroke already preloads the index chunks of the words typed so far (preloadWhileTyping), so the wait no longer
 * hides a download; it only keeps a search (and the excerpts of its first results) from running for every letter.
 * At 100 ms results show 100 ms sooner than at 200 (at 1,000 pages a second query went from 300–390 ms to
 * 225–245 ms, key to first result); the price is that a reader who types slower than a key per 100 ms sees the
 * results follow the word, one search per pause, where 200 ms joined pauses of 100–200 ms.
 */
export const SEARCH_DEBOUNCE_MS = 100;

/**
 * What stands for a result until its excerpt arrives (search-paging.ts copies it for each result). The Component UI's
 * own has a five-element shimmering skeleton; this one is a bare item, given its height and kept unpainted by the
 * site's stylesheet.
 */
export const RESULT_PLACEHOLDER = '<li class="pf-result" aria-hidden="true"></li>';
