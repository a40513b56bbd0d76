/** What a reader does with an answer once it is there: copy it, save it. One module, so one file loads on a click. */
export { copyText } from './copy';
export { downloadFile } from './download';
