/**
 * Resolves in a task of its own once the browser has painted what the current task changed (a frame, then a task
 * after it), so work split this way neither delays that paint nor joins it in one long task. A hidden page paints
 * nothing: there it resolves in the next task.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState === 'hidden') setTimeout(resolve, 0);
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}
