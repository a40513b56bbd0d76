/** Save `text` as a file on the reader's device (.ics, .txt): nothing leaves the page. */
export function downloadFile(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the browser has started the download; the delay only needs to outlast the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
