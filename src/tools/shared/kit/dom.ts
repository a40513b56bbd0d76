/** Building and finding the DOM of a tool: one helper for each job, shared by the three clients. */

export type Child = Node | string | false | null | undefined;

/** The children worth appending: false, null, undefined and empty strings left out. */
export function present(children: readonly Child[]): Array<Node | string> {
  return children.filter((child): child is Node | string => child !== false && child !== null && child !== undefined && child !== '');
}

/** `h('a', { href: '/x/' }, 'text', child)`: an element with attributes and children (false and empty ones left out). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...present(children));
  return element;
}

/** The one element under `root` that `selector` names; throws naming the selector when the markup lacks it. */
export function part<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T & Element>(selector);
  if (!found) throw new Error(`Tool markup is missing ${selector}`);
  return found as T;
}
