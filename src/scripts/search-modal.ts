import type { PagefindModal, PagefindResults } from '@pagefind/component-ui';
import { searchInstance } from './pagefind-instance';
import { pageResults, SEARCH_PAGE_SIZE } from './search-paging';

let modal: PagefindModal | undefined;

/** A link from the dialog to the full search page, which has the region, topic and type filters. */
function filtersLink(): HTMLAnchorElement {
  const link = document.createElement('a');
  link.className = 'search-filters-link';
  link.textContent = 'Filter by region, topic or type';
  link.href = `${import.meta.env.BASE_URL}search/`;
  searchInstance().on('search', (...args: unknown[]) => {
    const term = typeof args[0] === 'string' ? args[0] : '';
    link.href = `${import.meta.env.BASE_URL}search/${term ? `?q=${encodeURIComponent(term)}` : ''}`;
  });
  return link;
}

function buildModal(): PagefindModal {
  searchInstance();
  const element = document.createElement('pagefind-modal') as PagefindModal;
  document.body.append(element);
  const results = element.querySelector<PagefindResults>('pagefind-results');
  if (results) {
    results.setAttribute('max-results', String(SEARCH_PAGE_SIZE));
    pageResults(results, searchInstance());
  }
  element.querySelector('pagefind-modal-body')?.append(filtersLink());
  return element;
}

export function openSearchModal(): void {
  modal ??= buildModal();
  modal.open();
}
