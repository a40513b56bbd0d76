import type { PagefindResults } from '@pagefind/component-ui';
import { preloadWhileTyping, searchInstance } from './pagefind-instance';
import { afterNextPaint } from './after-paint';
import { pageResults } from './search-paging';

const FILTERS = ['region', 'type', 'topic'] as const;

function hasFilters(selected: Record<string, string[]> | undefined): boolean {
  return Object.values(selected ?? {}).some((values) => values.length > 0);
}

/**
 * The /search/ page: the query and filters live in the URL, so a shared link or a browser keyword search lands on results.
 * Its work starts once the Component UI's own (its script run and its elements built) is painted: one task for each.
 */
export async function initSearchPage(): Promise<void> {
  // Wired at once: a reader who focuses the box meanwhile makes the Component UI load Pagefind, and it must be ours.
  const instance = searchInstance({ filters: true });
  await afterNextPaint();
  const params = new URLSearchParams(window.location.search);
  const term = params.get('q')?.trim() ?? '';
  const filters: Record<string, string[]> = {};
  for (const name of FILTERS) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length > 0) filters[name] = values;
  }

  const results = document.querySelector<PagefindResults>('.search-page pagefind-results');
  if (results) pageResults(results, instance);
  const input = document.querySelector<HTMLElement>('.search-page pagefind-input');
  if (input) preloadWhileTyping(input, instance);
  const start = document.querySelector<HTMLElement>('.search-start');

  instance.on('search', (...args: unknown[]) => {
    const [searchTerm, selected] = args as [string, Record<string, string[]>];
    // With filters and no words, Pagefind's "faceted" mode lists every page of those filters; with neither, the
    // page offers its starting points instead of listing the whole site.
    instance.faceted = hasFilters(selected);
    const next = new URLSearchParams();
    if (searchTerm) next.set('q', searchTerm);
    for (const name of FILTERS) for (const value of selected[name] ?? []) next.append(name, value);
    const query = next.toString();
    // The address a search was opened with stays as it is (and costs no history update).
    if (query !== window.location.search.slice(1)) history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
  });
  // The starting points stay while nothing is searched, and come back under a search that finds nothing.
  instance.on('results', (found: unknown) => {
    if (!start) return;
    const count = (found as { results?: unknown[] }).results?.length ?? 0;
    start.hidden = count > 0;
  });

  if (term || hasFilters(filters)) {
    instance.triggerSearchWithFilters(term, filters);
  } else {
    // Nothing asked yet: load the index so the filter pane lists every region, topic and type with its count.
    void instance.triggerLoad();
  }
}
