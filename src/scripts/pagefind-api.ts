// Pagefind's own search library (pagefind.js, its web worker, the wasm and the index metadata), used through the
// module's own instance. A module is loaded once per URL, so whoever imports pagefind.js first (the search launcher
// at a reader's first sign of intent, or this file) starts the one Pagefind every part of the page shares; the
// Component UI searches with it too (pagefind-instance.ts). Each keystroke can then preload the index chunks of the
// words typed so far (as Starlight does), so they arrive while the input's debounce runs.

export type FilterSelection = Record<string, string[]>;
export type FilterCounts = Record<string, Record<string, number>>;

/** What this site uses of Pagefind's JavaScript API (https://pagefind.app/docs/api/). */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: FilterSelection }): Promise<unknown>;
  preload(term: string, options?: { filters?: FilterSelection }): Promise<void>;
  filters(): Promise<FilterCounts>;
}

/** Where Pagefind writes its bundle (src/site/integrations/pagefind.ts); search-launcher.ts names it too. */
export const PAGEFIND_BUNDLE = `${import.meta.env.BASE_URL}pagefind/`;
/**
 * Results under the site's base path, with short excerpts. Pagefind keeps its web worker (one more file, 12 KB gzip,
 * before the wasm): on the page's own thread (`noWorker`), a search for a common word at 1,000 pages blocked it for
 * 200–760 ms under a 4× CPU slowdown, against 76–106 ms with the worker.
 */
const PAGEFIND_OPTIONS = { baseUrl: import.meta.env.BASE_URL, excerptLength: 24 };

let loading: Promise<PagefindApi> | undefined;

async function load(): Promise<PagefindApi> {
  const pagefind = (await import(/* @vite-ignore */ `${PAGEFIND_BUNDLE}pagefind.js`)) as PagefindApi;
  await pagefind.options(PAGEFIND_OPTIONS);
  await pagefind.init();
  return pagefind;
}

/** Loads Pagefind once; a failed load is tried again on the next call. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/**
 * Words shorter than this are not preloaded: Pagefind fetches every index chunk that may hold a word starting with
 * them, and "r" or "re" span several chunks that the finished word ("refund") does not need.
 */
export const PRELOAD_MIN_LETTERS = 3;

/** The words of `term` worth preloading, as Pagefind will search them. */
export function preloadWords(term: string): string {
  return term
    .split(/\s+/)
    .filter((word) => [...word].length >= PRELOAD_MIN_LETTERS)
    .join(' ');
}

/** Fetches the index chunks (and filter chunks) a search for `term` will need, without running it. */
export function preloadSearch(term: string, filters: FilterSelection = {}): void {
  const words = preloadWords(term);
  if (!words) return;
  loadPagefind()
    .then((pagefind) => pagefind.preload(words, { filters }))
    .catch(() => {
      // The search itself reports a load failure; a preload only saves time.
    });
}
