/**
 * Parts of a page that search lists as results of their own, such as each question on /faq/.
 *
 * Pagefind indexes one record per HTML file, and the results list shows a page's sub-results in page order,
 * not by relevance: a FAQ question typed word for word would come up as the fifth heading of a long page.
 * An element marked `data-search-record="<url>"` is therefore also indexed as a record of its own, at that
 * url, titled by its first heading. `data-search-filters="topic:Refunds and timing;region:Japan"` gives the
 * record its search filters without adding them to the page around it.
 */

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface SearchRecord {
  url: string;
  /** A small HTML document for Pagefind's `addHTMLFile`. */
  content: string;
}

const OPENING = /<([a-z][a-z0-9]*)\b[^>]*\sdata-search-record="([^"]+)"[^>]*>/gi;

/** Every record marked in one built page, in page order. */
export function searchRecordsIn(html: string): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const match of html.matchAll(OPENING)) {
    const [openingTag, tag = '', url = ''] = match;
    const start = (match.index ?? 0) + openingTag.length;
    const end = closingIndex(html, tag, start);
    if (end < 0) throw new Error(`data-search-record="${url}": the <${tag}> element is never closed`);
    const filters = /\sdata-search-filters="([^"]*)"/.exec(openingTag)?.[1] ?? '';
    records.push({ url: decodeAttribute(url), content: recordDocument(html.slice(start, end), filters, url) });
  }
  return records;
}

/** Every record in the built site under `dir` (Pagefind's own bundle left out). */
export async function searchRecordsUnder(dir: string): Promise<SearchRecord[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const pages = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html') && !join(entry.parentPath, entry.name).startsWith(join(dir, 'pagefind')));
  const records = await Promise.all(pages.map(async (entry) => searchRecordsIn(await readFile(join(entry.parentPath, entry.name), 'utf8'))));
  return records.flat();
}

/** Where the element opened just before `from` closes, counting nested elements of the same name. */
function closingIndex(html: string, tag: string, from: number): number {
  const pattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  pattern.lastIndex = from;
  let depth = 1;
  for (let found = pattern.exec(html); found; found = pattern.exec(html)) {
    depth += found[1] ? -1 : 1;
    if (depth === 0) return found.index;
  }
  return -1;
}

function recordDocument(inner: string, filters: string, url: string): string {
  // The first heading becomes the record's h1: Pagefind titles a record by its h1 and weights it most.
  // The rest is shown as the excerpt but weighs nothing: a word from the answer finds the page the record comes
  // from (with the record as a sub-result), not a short record that would outrank every longer page.
  let titled = false;
  const body = inner.replace(/<h([2-6])\b[^>]*>([\s\S]*?)<\/h\1>/i, (_whole, _level: string, text: string) => {
    titled = true;
    return `<h1>${text}</h1><div data-pagefind-weight="0">`;
  });
  if (!titled) throw new Error(`data-search-record="${url}": the element needs a heading (h2 to h6) to title its search result`);
  const spans = decodeAttribute(filters)
    .split(';')
    .map((filter) => filter.trim())
    .filter(Boolean)
    .map((filter) => `<span hidden data-pagefind-filter="${escapeAttribute(filter)}"></span>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><main data-pagefind-body>${spans}${body}</div></main></body></html>`;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' };

function decodeAttribute(value: string): string {
  return value.replace(/&(amp|quot|#39|lt|gt);/g, (_whole, name: string) => ENTITIES[name] ?? _whole);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}
