import { getInstanceManager } from '@pagefind/component-ui';
// As a URL, not an import: imported CSS would be bundled into every page's stylesheet, even for readers who never search.
import componentCssUrl from '@pagefind/component-ui/css/pagefind-component-ui.css?url';
import { loadPagefind, PAGEFIND_BUNDLE, preloadSearch, type FilterCounts, type PagefindApi } from './pagefind-api';

type Instance = ReturnType<ReturnType<typeof getInstanceManager>['getInstance']>;

/** The Component UI instance's loader and the Pagefind object it searches with (TypeScript-private, read in its source). */
interface InstanceLoader {
  __load__(): Promise<void>;
  __pagefind__: Pick<PagefindApi, 'search' | 'filters'> | null;
}

export interface SearchSetup {
  /** Whether this page shows filters. Without them, no filter data is downloaded (the header dialog shows none). */
  filters: boolean;
}

function loadComponentCss(): void {
  if (document.querySelector('link[data-pagefind-css]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = componentCssUrl;
  link.dataset.pagefindCss = '';
  document.head.append(link);
}

const NO_FILTERS: FilterCounts = {};

/**
 * The Component UI loads pagefind.js itself, and then always downloads every filter's data to list the filters.
 * Here it searches with the Pagefind object this page may already be loading (pagefind-api.ts, started at the reader's
 * first sign of intent), and a page without a filter pane asks for no filter data.
 */
function shareLoadedPagefind(instance: Instance, { filters }: SearchSetup): void {
  const loader = instance as unknown as InstanceLoader;
  let loaded: Promise<void> | undefined;
  loader.__load__ = () => {
    loaded ??= loadPagefind().then(
      async (pagefind) => {
        loader.__pagefind__ = filters ? pagefind : { search: (term, options) => pagefind.search(term, options), filters: async () => NO_FILTERS };
        if (!filters) return;
        const counts = await pagefind.filters();
        instance.availableFilters = counts;
        instance.totalFilters = counts;
        instance.__dispatch__('filters', { available: counts, total: counts });
      },
      (error: unknown) => {
        loaded = undefined;
        console.error(error);
        instance.__dispatch__('error', { type: 'bundle_load_failed', message: 'Could not load search bundle', bundlePath: PAGEFIND_BUNDLE, error });
      },
    );
    return loaded;
  };
}

const wired = new WeakSet<Instance>();

/**
 * The page's one Component UI instance, searching with the page's one Pagefind. The first caller sets it up: on
 * /search/ the components in the HTML create the instance as the package's script defines them, before any caller.
 */
export function searchInstance(setup: SearchSetup = { filters: false }): Instance {
  loadComponentCss();
  const instance = getInstanceManager().getInstance('default', { bundlePath: PAGEFIND_BUNDLE });
  if (!wired.has(instance)) {
    wired.add(instance);
    shareLoadedPagefind(instance, setup);
  }
  return instance;
}

/**
 * On each keystroke in a search box inside `container`, fetch the index chunks of the words typed so far, so they
 * arrive while the Component UI's debounce runs instead of after it.
 */
export function preloadWhileTyping(container: HTMLElement, instance: Instance): void {
  container.addEventListener('input', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'search') preloadSearch(event.target.value, instance.searchFilters);
  });
}
