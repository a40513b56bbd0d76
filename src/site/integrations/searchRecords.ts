/**
 * Parts of a page that search lists as results of their own, such as each answer on /faq/.
 *
 * An element marked `data-search-record="<url>"` is indexed as a record of its own, at that url (an anchor on its
 * page), titled by its first heading, and is left out of its page's own record: a search for words of one FAQ
 * answer then lists that answer, and opening it downloads that answer's text, not the whole FAQ page's.
 * `data-search-filters="type:faq;topic:Refunds and timing;region:Japan"` gives the record its search filters;
 * `type` takes the same page kinds as the layouts' `search` prop (faq, guide, region, tool).
 */

import { PAGE_TYPES, type PageType } from '../searchFacets';

export interface SearchRecord {
  url: string;
  /** A small HTML document for Pagefind's `addHTMLFile`. */
  content: string;
}

export interface SplitPage {
  /** The page without the records' content. */
  page: string;
  records: SearchRecord[];
}

const OPENING = /<([a-z][a-z0-9]*)\b[^>]*\sdata-search-record="([^"]+)"[^>]*>/gi;

/**
 * How much a record's text (not its title) weighs against a page's. Short records would otherwise outrank the long
 * pages that explain a matter in full, for a word both contain.
 */
const RECORD_TEXT_WEIGHT = 0.5;

/** Splits one built page into its own record and the records marked in it, in page order. `base` is the site's
 * base path (BASE_PATH), which Pagefind adds to every result URL itself. */
export function splitSearchRecords(html: string, base = '/'): SplitPage {
  const records: SearchRecord[] = [];
  const cuts: Array<[number, number]> = [];
  for (const match of html.matchAll(OPENING)) {
    const [openingTag, tag = '', rawUrl = ''] = match;
    const start = (match.index ?? 0) + openingTag.length;
    const end = closingIndex(html, tag, start);
    if (end < 0) throw new Error(`data-search-record="${rawUrl}": the <${tag}> element is never closed`);
    if (cuts.some(([from, to]) => start > from && start < to)) throw new Error(`data-search-record="${rawUrl}": a record cannot sit inside another`);
    const url = withoutBase(decodeAttribute(rawUrl), base);
    const filters = /\sdata-search-filters="([^"]*)"/.exec(openingTag)?.[1] ?? '';
    records.push({ url, content: recordDocument(html.slice(start, end), decodeAttribute(filters), url) });
    cuts.push([start, end]);
  }
  let page = html;
  for (const [start, end] of [...cuts].reverse()) page = `${page.slice(0, start)}${page.slice(end)}`;
  return { page, records };
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

function withoutBase(url: string, base: string): string {
  const prefix = base.replace(/\/$/, '');
  return prefix && url.startsWith(`${prefix}/`) ? url.slice(prefix.length) : url;
}

function filterValue(filter: string): string {
  const [name = '', ...rest] = filter.split(':');
  const value = rest.join(':');
  return name === 'type' && value in PAGE_TYPES ? `type:${PAGE_TYPES[value as PageType]}` : filter;
}

function recordDocument(inner: string, filters: string, url: string): string {
  // The first heading becomes the record's h1: Pagefind titles a record by its h1 and weights it most.
  let titled = false;
  const body = inner.replace(/<h([2-6])\b[^>]*>([\s\S]*?)<\/h\1>/i, (_whole, _level: string, text: string) => {
    titled = true;
    return `<h1>${text}</h1><div data-pagefind-weight="${RECORD_TEXT_WEIGHT}">`;
  });
  if (!titled) throw new Error(`data-search-record="${url}": the element needs a heading (h2 to h6) to title its search result`);
  const spans = filters
    .split(';')
    .map((filter) => filter.trim())
    .filter(Boolean)
    .map((filter) => `<span hidden data-pagefind-filter="${escapeAttribute(filterValue(filter))}"></span>`)
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
