/** The widget kit the three tools stand on (browser only): see each module. */
export { Answer, afterPointerRelease } from './answer';
export { copyText } from './copy';
export { dateValue } from './dateValue';
export { downloadFile } from './download';
export { h, part, present, type Child } from './dom';
export { showErrorSummary, showFieldErrors, type FieldErrorLike, type FieldView } from './errors';
export { readerToday } from './today';
export { fetchJson, loadOnce } from './loadOnce';
export { defineToolElement } from './element';
