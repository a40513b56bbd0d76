// The only search code every page carries: it opens the search dialog on click, `/` or Ctrl/Cmd-K, and starts
// loading search (Pagefind and the Component UI) at the reader's first sign of intent: the pointer on the search
// button, the button focused, or a touch on it; a page that is all search (/search/, marked data-search-eager) starts
// at once. (A page's own search box has a script of its own, on the pages that show one: SearchForm.astro.) A reader
// who never goes near search downloads none of it.
// It imports no module the search code shares: a shared module would be one more file on every page.

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Starts Pagefind (its library, then its worker, wasm and metadata) through the module's own instance, the one
 * pagefind-api.ts then configures and searches with: a module is loaded once per URL.
 */
function startPagefind(): void {
  import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`)
    .then((pagefind: { init(): Promise<void> }) => pagefind.init())
    .catch(() => {
      // The search reports a load failure when it runs; starting early only saves time.
    });
}

let dialog: Promise<typeof import('./search-modal')> | undefined;

/** Both halves of the dialog at once: Pagefind and the dialog's code. */
function prepareSearch(): Promise<typeof import('./search-modal')> {
  if (!dialog) {
    startPagefind();
    dialog = import('./search-modal');
    dialog.catch(() => {
      dialog = undefined;
    });
  }
  return dialog;
}

async function openSearch(): Promise<void> {
  if (import.meta.env.DEV) {
    window.location.assign(`${import.meta.env.BASE_URL}search/`);
    return;
  }
  const { openSearchModal } = await prepareSearch();
  openSearchModal();
}

export function initSearchLauncher(): void {
  if (!import.meta.env.DEV && document.querySelector('[data-search-eager]')) startPagefind();
  for (const button of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
    button.addEventListener('click', (event) => {
      event.preventDefault();
      void openSearch();
    });
    // The development server builds no search index: there the button leads to /search/, which says so.
    if (import.meta.env.DEV) continue;
    for (const intent of ['pointerenter', 'focus', 'touchstart'] as const) {
      button.addEventListener(intent, () => void prepareSearch().catch(() => undefined), { once: true, passive: true });
    }
  }
  document.addEventListener('keydown', (event) => {
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target);
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    if (!slash && !commandK) return;
    if (document.querySelector('dialog[open]')) return;
    event.preventDefault();
    void openSearch();
  });
}
