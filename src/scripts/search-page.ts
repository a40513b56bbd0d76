import { searchInstance } from './pagefind-instance';

const FILTERS = ['region', 'type', 'topic'] as const;

/** The /search/ page: the query and filters live in the URL, so a shared link or a browser keyword search lands on results. */
export function initSearchPage(): void {
  const instance = searchInstance();
  const params = new URLSearchParams(window.location.search);
  const term = params.get('q')?.trim() ?? '';
  const filters: Record<string, string[]> = {};
  for (const name of FILTERS) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length > 0) filters[name] = values;
  }

  instance.on('search', (...args: unknown[]) => {
    const [searchTerm, selected] = args as [string, Record<string, string[]>];
    const next = new URLSearchParams();
    if (searchTerm) next.set('q', searchTerm);
    for (const name of FILTERS) for (const value of selected[name] ?? []) next.append(name, value);
    const query = next.toString();
    history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
  });

  if (term || Object.keys(filters).length > 0) {
    instance.triggerSearchWithFilters(term, filters);
  }
}
