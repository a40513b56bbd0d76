/**
 * The one error pattern of the tools (GOV.UK's): each field shows its own error under its label, its control gets
 * `aria-invalid` and the error's id in `aria-describedby`; on submit a summary lists every error as a link to its
 * field and takes focus, so a screen reader hears it at once and a keyboard reaches each field in one step.
 */
import { h } from './dom';

export interface FieldErrorLike {
  readonly field: string;
  readonly message: string;
}

/** Where a field's error goes: its slot (a `[hidden]` element with an id), its controls, the control a link focuses. */
export interface FieldView {
  slot: HTMLElement;
  controls: HTMLElement[];
  /** The element that carries aria-invalid and aria-describedby (a fieldset for radios, else the control). */
  described?: HTMLElement[];
}

function toggleToken(element: HTMLElement, attribute: string, token: string, on: boolean): void {
  const tokens = (element.getAttribute(attribute) ?? '').split(/\s+/).filter((item) => item && item !== token);
  if (on) tokens.push(token);
  if (tokens.length > 0) element.setAttribute(attribute, tokens.join(' '));
  else element.removeAttribute(attribute);
}

/** Shows each field's error (or clears it), for every field in `fields` (or only those in `only`). */
export function showFieldErrors(fields: Record<string, FieldView>, errors: readonly FieldErrorLike[], only?: ReadonlySet<string>): void {
  for (const [name, view] of Object.entries(fields)) {
    if (only && !only.has(name)) continue;
    const message = errors.find((error) => error.field === name)?.message;
    view.slot.textContent = message ?? '';
    view.slot.hidden = !message;
    for (const control of view.controls) {
      if (message) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
    if (view.slot.id) for (const element of view.described ?? view.controls) toggleToken(element, 'aria-describedby', view.slot.id, Boolean(message));
  }
}

/**
 * Fills the summary's list with one link per error (in the order given), shows it and, with `focus`, moves focus
 * to it. No errors: hides it.
 */
export function showErrorSummary(summary: HTMLElement, errors: readonly FieldErrorLike[], fields: Record<string, FieldView>, focus: boolean): void {
  const list = summary.querySelector('ul');
  list?.replaceChildren(
    ...errors.map((error) => {
      const target = fields[error.field]?.controls[0];
      const link = h('a', { href: `#${target?.id ?? ''}` }, error.message);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        target?.focus();
      });
      return h('li', {}, link);
    }),
  );
  summary.hidden = errors.length === 0;
  if (errors.length > 0 && focus) summary.focus();
}
