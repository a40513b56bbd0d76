import { getInstanceManager } from '@pagefind/component-ui';
// As a URL, not an import: imported CSS would be bundled into every page's stylesheet, even for readers who never search.
import componentCssUrl from '@pagefind/component-ui/css/pagefind-component-ui.css?url';
import { loadPagefind, PAGEFIND_BUNDLE, preloadSearch, type FilterCounts, type FilterSelection, type PagefindApi } from './pagefind-api';
import { afterNextPaint } from './after-paint';
import { countsAsText } from './search-count';
import { waitLongerOnShortTerms } from './search-short-terms';

type Instance = ReturnType<ReturnType<typeof getInstanceManager>['getInstance']>;

/** The Component UI instance's loader and the Pagefind object it searches with (TypeScript-private, read in its source). */
interface InstanceLoader {
  __load__(): Promise<void>;
  __pagefind__: Pick<PagefindApi, 'search' | 'filters'> | null;
}

/** What a Pagefind search returns, as far as the filter pane reads it. */
interface FoundWithFilters {
  filters?: FilterCounts;
  totalFilters?: FilterCounts;
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

function showFilterCounts(instance: Instance, available: FilterCounts, total: FilterCounts): void {
  instance.availableFilters = available;
  instance.totalFilters = total;
  instance.__dispatch__('filters', { available, total });
}

/**
 * Pagefind for a page with a filter pane. The Component UI would rebuild or update the pane from each search's counts
 * in the same task that lays out its results (and, when the page opens on a query, build it from the index's counts
 * first): under a 4x slower CPU those tasks blocked the page for 100-250 ms. Here the results go out without their
 * counts, and the pane gets them in a task of its own once the results are on screen; a newer search in between wins.
 */
function searchWithDeferredFilters(instance: Instance, pagefind: PagefindApi): InstanceLoader['__pagefind__'] {
  return {
    filters: () => pagefind.filters(),
    search: async (term: string | null, options?: { filters?: FilterSelection }) => {
      const found = (await pagefind.search(term, options)) as FoundWithFilters & object;
      const shown = { ...found, filters: NO_FILTERS };
      void afterNextPaint().then(() => {
        if (instance.searchResult !== (shown as unknown) || !found.filters) return;
        showFilterCounts(instance, found.filters, found.totalFilters ?? found.filters);
      });
      return shown;
    },
  };
}

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
        loader.__pagefind__ = filters ? searchWithDeferredFilters(instance, pagefind) : { search: (term, options) => pagefind.search(term, options), filters: async () => NO_FILTERS };
        if (!filters) return;
        // Loading the filters first is what makes each search count its results per filter. A search under way brings
        // those counts with its results; the index's own counts are for a page that has searched nothing yet.
        const counts = await pagefind.filters();
        if (!instance.searchTerm && !instance.faceted) showFilterCounts(instance, counts, counts);
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

/**
 * The Component UI writes each count in its messages ("12 results for refund") with a new Intl.NumberFormat, and
 * the first one a page builds is slow (search-count.ts): the instance is given the counts already written.
 */
function writeCountsItself(instance: Instance): void {
  const translate = instance.translate.bind(instance);
  instance.translate = (key, replacements = {}) => translate(key, countsAsText(replacements));
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
    writeCountsItself(instance);
    waitLongerOnShortTerms(instance);
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
