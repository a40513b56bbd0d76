import type { PagefindModal, PagefindResults } from '@pagefind/component-ui';
import { preloadWhileTyping, searchInstance } from './pagefind-instance';
import { pageResults } from './search-paging';
import { SEARCH_DEBOUNCE_MS, SEARCH_PAGE_SIZE } from './search-settings';

let modal: PagefindModal | undefined;

/**
 * A link from the dialog to the full search page, which has the region, topic and type filters. It comes before the
 * results, so a keyboard reader reaches it without tabbing through every result.
 */
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

function child<K extends string>(tag: K, attributes: Record<string, string> = {}, ...children: Node[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/**
 * The dialog's parts, given to <pagefind-modal> as its children (it keeps children it is given): the Component UI's
 * own layout, with our debounce, a capped results list and the link to the filters. It has no filter pane, so its
 * instance downloads no filter data.
 */
function buildModal(): PagefindModal {
  const instance = searchInstance({ filters: false });
  const results = child('pagefind-results', { 'max-results': String(SEARCH_PAGE_SIZE) }) as PagefindResults;
  const element = child(
    'pagefind-modal',
    {},
    child('pagefind-modal-header', {}, child('pagefind-input', { debounce: String(SEARCH_DEBOUNCE_MS) })),
    child('pagefind-modal-body', {}, filtersLink(), child('pagefind-summary'), results),
    child('pagefind-modal-footer', {}, child('pagefind-keyboard-hints')),
  ) as PagefindModal;
  document.body.append(element);
  pageResults(results, instance);
  preloadWhileTyping(element, instance);
  return element;
}

export function openSearchModal(): void {
  modal ??= buildModal();
  modal.open();
}
