/** The widget kit the three tools stand on (browser only): see each module. */
export { Answer, afterPointerRelease } from './answer';
export { dateValue } from './dateValue';
export { h, part, present, type Child } from './dom';
export { showErrorSummary, showFieldErrors, type FieldErrorLike, type FieldView } from './errors';
export { readerToday } from './today';
export { fetchJson, loadOnce } from './loadOnce';
export { defineToolElement } from './element';

/**
 * Copying and downloading happen only on a click after an answer, so their code is not part of a first answer: it
 * loads on the first such click (a few hundred bytes, from the same site, one file for both).
 */
const afterAnswer = () => import('./afterAnswer');
export async function copyText(...args: Parameters<typeof import('./copy').copyText>): Promise<string> {
  return (await afterAnswer()).copyText(...args);
}
export async function downloadFile(...args: Parameters<typeof import('./download').downloadFile>): Promise<void> {
  (await afterAnswer()).downloadFile(...args);
}
