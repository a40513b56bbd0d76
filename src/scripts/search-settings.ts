// Settings the search page (at build time) and the search scripts (in the browser) share. No browser code here:
// search.astro imports this while it renders.

/** Results rendered at a time. Pagefind's `max-results` only cuts the list; the "Show more" button pages it. */
export const SEARCH_PAGE_SIZE = 20;

/**
 * How long the search box waits after a keystroke before it searches (the Component UI's default is 300 ms). Each
 * keystroke already preloads the index chunks of the words typed so far (preloadWhileTyping), so the wait no longer
 * hides a download; it only keeps a search (and its result excerpts) from running for every letter of a word typed
 * at an ordinary pace.
 */
export const SEARCH_DEBOUNCE_MS = 200;

/**
 * What stands for a result until its excerpt arrives (search-paging.ts copies it for each result). The Component UI's
 * own has a five-element shimmering skeleton; this one is a bare item, given its height and kept unpainted by the
 * site's stylesheet.
 */
export const RESULT_PLACEHOLDER = '<li class="pf-result" aria-hidden="true"></li>';
