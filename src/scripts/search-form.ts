// A page's own search box (SearchForm.astro: a plain GET form to /search/), loaded at the reader's first sign of
// intent on it: Pagefind starts, so /search/ opens with it in the HTTP cache, and each keystroke preloads the index
// chunks of the words typed so far, so the cache holds them too when /search/ opens on the query.
import { loadPagefind, preloadSearch } from './pagefind-api';

export function prepareSearchForm(input: HTMLInputElement): void {
  loadPagefind().catch(() => {
    // /search/ reports a load failure when it runs; starting early only saves time.
  });
  input.addEventListener('input', () => preloadSearch(input.value));
  // Words typed before this module arrived.
  preloadSearch(input.value);
}
