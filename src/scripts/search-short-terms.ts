import { preloadWords } from './pagefind-api';
import { SEARCH_DEBOUNCE_MS, SHORT_TERM_DEBOUNCE_MS } from './search-settings';

/** What this needs of a Component UI instance: the method its search box calls once its debounce has passed. */
export interface SearchTrigger {
  triggerSearch(term: string): void;
}

/** A term with no word long enough to preload (preloadWords): "r", "re", "uk". */
export function isShortTerm(term: string): boolean {
  return term.trim() !== '' && preloadWords(term) === '';
}

/**
 * A search for a letter or two waits until SHORT_TERM_DEBOUNCE_MS after the keystroke, not SEARCH_DEBOUNCE_MS. Such a
 * term matches the start of thousands of words and its index chunk is seldom the one the finished word needs (at
 * 1,000 pages "r" and "refund" are two chunks of about 30 KB each), so a reader who pauses a moment after the first
 * letters would otherwise download a chunk for nothing. A newer term, or clearing the box, cancels the wait.
 */
export function waitLongerOnShortTerms(instance: SearchTrigger): void {
  const trigger = instance.triggerSearch.bind(instance);
  let waiting: ReturnType<typeof setTimeout> | undefined;
  instance.triggerSearch = (term: string) => {
    clearTimeout(waiting);
    if (isShortTerm(term)) waiting = setTimeout(() => trigger(term), SHORT_TERM_DEBOUNCE_MS - SEARCH_DEBOUNCE_MS);
    else trigger(term);
  };
}
