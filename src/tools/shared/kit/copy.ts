/**
 * Copy text to the clipboard, or say why not. The clipboard API is missing on plain http pages and in some
 * browsers; then the text is selected in `fallback` (a text field holding it) so Ctrl+C copies it.
 * Resolves to the sentence to show the reader.
 */
export async function copyText(text: string, fallback: HTMLInputElement | HTMLTextAreaElement | undefined, copied: string, what = 'link'): Promise<string> {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('No clipboard API');
    await navigator.clipboard.writeText(text);
    return copied;
  } catch {
    if (fallback) {
      fallback.focus();
      fallback.select();
      return `Your browser did not let this page copy. The ${what} is selected: press Ctrl+C (⌘C on a Mac) to copy it.`;
    }
    return `Your browser did not let this page copy. Copy it from here: ${text}`;
  }
}
