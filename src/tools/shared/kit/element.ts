/**
 * Defines a tool's custom element (Starlight's widget model): when <tag> enters the page, `setUp` runs once on the
 * element inside it that `rootSelector` names (the server-rendered form and its answer).
 */
export function defineToolElement(tag: string, rootSelector: string, setUp: (root: HTMLElement) => void): void {
  if (customElements.get(tag)) return;
  customElements.define(
    tag,
    class extends HTMLElement {
      #ready = false;

      connectedCallback(): void {
        if (this.#ready) return;
        this.#ready = true;
        const root = this.querySelector<HTMLElement>(rootSelector);
        if (root) setUp(root);
      }
    },
  );
}
