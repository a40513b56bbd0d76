// A page's own search box (SearchForm.astro: a plain GET form to /search/), once the reader has shown intent
// (search-launcher.ts loads this then): each keystroke preloads the index chunks of the words typed so far, so the
// HTTP cache holds them when /search/ opens on the query.
import { preloadSearch } from './pagefind-api';

export function preloadWhileTypingIn(input: HTMLInputElement): void {
  input.addEventListener('input', () => preloadSearch(input.value));
  // Words typed before this module arrived.
  preloadSearch(input.value);
}
