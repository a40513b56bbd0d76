import type { PagefindModal } from '@pagefind/component-ui';
import { searchInstance } from './pagefind-instance';

let modal: PagefindModal | undefined;

function buildModal(): PagefindModal {
  searchInstance();
  const element = document.createElement('pagefind-modal') as PagefindModal;
  element.setAttribute('reset-on-close', 'false');
  element.innerHTML = `
    <pagefind-modal-header><pagefind-input placeholder="Search returns and refunds"></pagefind-input></pagefind-modal-header>
    <pagefind-modal-body>
      <div class="modal-filters">
        <pagefind-filter-dropdown filter="region" label="Region"></pagefind-filter-dropdown>
        <pagefind-filter-dropdown filter="type" label="Type"></pagefind-filter-dropdown>
        <pagefind-filter-dropdown filter="topic" label="Topic"></pagefind-filter-dropdown>
      </div>
      <pagefind-summary></pagefind-summary>
      <pagefind-results></pagefind-results>
    </pagefind-modal-body>
    <pagefind-modal-footer><pagefind-keyboard-hints></pagefind-keyboard-hints></pagefind-modal-footer>`;
  document.body.append(element);
  return element;
}

export function openSearchModal(): void {
  modal ??= buildModal();
  // The element renders its dialog once connected; open on the next frame so the first call works too.
  requestAnimationFrame(() => modal?.open());
}
