/**
 * An answer's lifecycle: shown for the inputs it was worked out from, and cleared (with its share link, its copy
 * status and its calendar button) as soon as the inputs change or stop being valid. A reader never sees an answer
 * for inputs that are no longer on the form.
 */
export class Answer<T> {
  #value: T | undefined;

  /**
   * @param parts what shows the answer: hidden on clear
   * @param onClear resets what the parts hold (the share link's value, a status line)
   */
  constructor(
    private readonly parts: readonly HTMLElement[],
    private readonly onClear: () => void = () => {},
  ) {}

  /** The answer on screen, if any. */
  get value(): T | undefined {
    return this.#value;
  }

  show(value: T): void {
    this.#value = value;
    for (const part of this.parts) part.hidden = false;
  }

  clear(): void {
    this.#value = undefined;
    for (const part of this.parts) part.hidden = true;
    this.onClear();
  }
}

/**
 * Runs a task that changes the layout (an inline error shown on blur) only once the pointer is released, so a
 * click that caused the blur still lands on the button it started on. Without a pointer pressed it runs at once.
 */
export function afterPointerRelease(root: HTMLElement, view: Window = window): (task: () => void) => void {
  let pressed = false;
  let queued: Array<() => void> = [];
  root.addEventListener('pointerdown', () => (pressed = true), true);
  const release = () => {
    if (!pressed) return;
    pressed = false;
    // After the click that follows this pointerup (same input task), so the click sees the layout it started on.
    view.setTimeout(() => {
      const tasks = queued;
      queued = [];
      for (const task of tasks) task();
    }, 0);
  };
  view.document.addEventListener('pointerup', release, true);
  view.document.addEventListener('pointercancel', release, true);
  return (task) => {
    if (pressed) queued.push(task);
    else task();
  };
}
