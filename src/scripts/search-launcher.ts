// The only search code every page carries: it opens the search dialog on click, `/` or Ctrl/Cmd-K,
// and loads Pagefind's Component UI the first time the reader asks for it.

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

async function openSearch(): Promise<void> {
  if (import.meta.env.DEV) {
    window.location.assign(`${import.meta.env.BASE_URL}search/`);
    return;
  }
  const { openSearchModal } = await import('./search-modal');
  openSearchModal();
}

export function initSearchLauncher(): void {
  for (const button of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
    button.addEventListener('click', (event) => {
      event.preventDefault();
      void openSearch();
    });
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
