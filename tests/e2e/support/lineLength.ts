import type { Locator } from '@playwright/test';

/**
 * The longest rendered line, in characters, of the text inside the given elements: each character is placed
 * with a Range and characters are grouped by the line box they sit on.
 */
export async function longestLine(elements: Locator): Promise<{ length: number; line: string }> {
  return elements.evaluateAll((nodes) => {
    let longest = { length: 0, line: '' };
    for (const node of nodes) {
      const lines = new Map<number, string>();
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
        for (let index = 0; index < text.data.length; index += 1) {
          const range = document.createRange();
          range.setStart(text, index);
          range.setEnd(text, index + 1);
          const box = range.getClientRects()[0];
          if (!box) continue;
          const key = Math.round(box.bottom);
          lines.set(key, (lines.get(key) ?? '') + text.data[index]);
        }
      }
      for (const line of lines.values()) {
        const trimmed = line.trim();
        if (trimmed.length > longest.length) longest = { length: trimmed.length, line: trimmed };
      }
    }
    return longest;
  });
}
