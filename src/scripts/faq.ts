/**
 * The FAQ's questions are closed <details>. This opens the one a link names (/faq/#<question-id>, on load and when
 * the hash changes), runs the "Show all answers" button, and opens every answer while the page prints.
 */

function items(root: ParentNode): HTMLDetailsElement[] {
  return [...root.querySelectorAll<HTMLDetailsElement>('details.faq-item')];
}

/** The question the address names, opened; the browser has already scrolled to its heading. */
export function openNamedQuestion(hash: string, root: Document = document): HTMLDetailsElement | undefined {
  if (hash.length < 2) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return undefined;
  }
  const item = root.getElementById(id)?.closest<HTMLDetailsElement>('details.faq-item') ?? undefined;
  if (item && !item.open) item.open = true;
  return item;
}

function syncAllButton(button: HTMLButtonElement, list: HTMLDetailsElement[]): void {
  const allOpen = list.every((item) => item.open);
  button.textContent = (allOpen ? button.dataset.labelClose : button.dataset.labelOpen) ?? button.textContent;
}

export function initFaq(): void {
  const root = document.querySelector<HTMLElement>('[data-faq]');
  if (!root) return;
  const list = items(root);
  openNamedQuestion(location.hash);
  window.addEventListener('hashchange', () => openNamedQuestion(location.hash));

  const button = root.querySelector<HTMLButtonElement>('[data-faq-all]');
  if (button) {
    button.addEventListener('click', () => {
      const open = !list.every((item) => item.open);
      for (const item of list) item.open = open;
      syncAllButton(button, list);
    });
    for (const item of list) item.addEventListener('toggle', () => syncAllButton(button, list));
    syncAllButton(button, list);
  }

  // Paper gets every answer; the reader's open and closed questions come back after printing.
  let closedBeforePrint: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    closedBeforePrint = list.filter((item) => !item.open);
    for (const item of closedBeforePrint) item.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const item of closedBeforePrint) item.open = false;
    closedBeforePrint = [];
  });
}
