import type { PagefindResults } from '@pagefind/component-ui';
import type { searchInstance } from './pagefind-instance';
import { RESULT_PLACEHOLDER, SEARCH_PAGE_SIZE } from './search-settings';

type Instance = ReturnType<typeof searchInstance>;

/** How a results element gets each placeholder (TypeScript-private in the package, read in its source). */
interface PlaceholderSource {
  getPlaceholder(): Element | string;
}

/**
 * Placeholders copied from one element instead of parsed from HTML: the package parses its placeholder template once
 * per result (an innerHTML each), which made up most of the task that lists a search's 20 results. Should an update
 * rename the method, the package's own shimmering skeleton comes back, and the e2e test that looks for endless
 * animations fails.
 */
function clonePlaceholders(resultsElement: PagefindResults): void {
  const template = document.createElement('template');
  template.innerHTML = RESULT_PLACEHOLDER;
  const placeholder = template.content.firstElementChild;
  if (placeholder) (resultsElement as unknown as PlaceholderSource).getPlaceholder = () => placeholder.cloneNode(true) as Element;
}

function resultCount(results: unknown): number {
  const list = (results as { results?: unknown[] } | undefined)?.results;
  return Array.isArray(list) ? list.length : 0;
}

/**
 * Light placeholders (above), and a "Show more results" button after a `<pagefind-results max-results=…>`. A common
 * word matches most pages, and the component inserts one placeholder per result; capped, the page stays light
 * whatever the size of the site. The button raises the cap and re-renders the search already in hand (no new query),
 * then moves focus to the first result it added.
 */
export function pageResults(resultsElement: PagefindResults, instance: Instance): void {
  clonePlaceholders(resultsElement);
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
