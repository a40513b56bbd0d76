import type { PagefindResults } from '@pagefind/component-ui';
import type { searchInstance } from './pagefind-instance';
import { SEARCH_PAGE_SIZE } from './search-settings';

type Instance = ReturnType<typeof searchInstance>;

function resultCount(results: unknown): number {
  const list = (results as { results?: unknown[] } | undefined)?.results;
  return Array.isArray(list) ? list.length : 0;
}

/**
 * A "Show more results" button after a `<pagefind-results max-results=…>`. A common word matches most pages, and the
 * component inserts one placeholder per result; capped, the page stays light whatever the size of the site. The
 * button raises the cap and re-renders the search already in hand (no new query), then moves focus to the first
 * result it added.
 */
export function pageResults(resultsElement: PagefindResults, instance: Instance): void {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button search-more';
  button.hidden = true;
  resultsElement.after(button);
  let shown = SEARCH_PAGE_SIZE;
  let focusFrom: number | undefined;

  const update = (total: number) => {
    const more = Math.min(SEARCH_PAGE_SIZE, total - shown);
    button.hidden = more <= 0;
    button.textContent = `Show ${more} more results (${shown} of ${total} shown)`;
  };

  instance.on('search', () => {
    shown = SEARCH_PAGE_SIZE;
    resultsElement.maxResults = shown;
    button.hidden = true;
  });
  instance.on('results', (results: unknown) => {
    update(resultCount(results));
    if (focusFrom === undefined) return;
    const index = focusFrom;
    focusFrom = undefined;
    const result = resultsElement.results[index];
    void result?.load().then(() => {
      resultsElement.querySelector<HTMLAnchorElement>(`[data-pf-result-index="${index}"] a`)?.focus();
    });
  });
  button.addEventListener('click', () => {
    focusFrom = shown;
    shown += SEARCH_PAGE_SIZE;
    resultsElement.maxResults = shown;
    // The search in hand, rendered again under the higher cap: Pagefind keeps the loaded results, so nothing is fetched twice.
    instance.__dispatch__('results', instance.searchResult);
  });
}
