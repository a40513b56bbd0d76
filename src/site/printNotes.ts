/**
 * Paper has no links. Printing each URL after its link text made table cells so wide that a column fell off the
 * page, so instead every link to another site gets a number (`data-note="3"`, printed as "[3]") and its address is
 * printed once, in a numbered list at the end of the page. An article's own Sources list comes first and keeps its
 * place: its entries are notes 1 to n, so a fact's source link points into it; only the addresses it does not hold
 * are added, in a list of their own ("More links on this page"). On screen nothing changes: the list is `hidden`.
 *
 * Links that do not print are not numbered: inside <noscript>, inside an element with `hidden`, and inside an
 * element marked `data-print-notes="off"` (a fallback a script hides once it runs).
 */

export interface PrintNote {
  number: number;
  url: string;
  /** What the link says, or the title its accessible name gives ("source: Amazon.com help" → "Amazon.com help"). */
  title: string;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// A tag, its attributes (quoted values may hold ">"), or a comment, or a raw-text element's whole content.
const TOKEN = /<!--[\s\S]*?-->|<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ENTITIES: Record<string, string> = { amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>', nbsp: '\u00A0' };

function decode(value: string): string {
  return value.replace(/&(amp|quot|#39|lt|gt|nbsp);/g, (whole, name: string) => ENTITIES[name] ?? whole);
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}(?:="([^"]*)"|='([^']*)'|(?=[\\s/>]|$))`, 'i').exec(attributes);
  if (!match) return undefined;
  return decode(match[1] ?? match[2] ?? '');
}

interface FoundLink {
  /** Where `<a` ends in the page, to insert the attribute after it. */
  at: number;
  url: string;
  inSources: boolean;
  title: string;
}

interface Open {
  name: string;
  skip: boolean;
  sources: boolean;
}

/** The site's own links print as their text only; any other http(s) address gets a note. */
function isExternal(href: string, siteOrigin: string): boolean {
  if (!/^https?:\/\//i.test(href)) return false;
  try {
    return new URL(href).origin !== siteOrigin;
  } catch {
    return false;
  }
}

function linksInMain(html: string, start: number, end: number, siteOrigin: string): FoundLink[] {
  const links: FoundLink[] = [];
  const stack: Open[] = [];
  let current: { link: FoundLink; textFrom: number } | undefined;
  TOKEN.lastIndex = start;
  for (let token = TOKEN.exec(html); token && token.index < end; token = TOKEN.exec(html)) {
    const [whole, rawText, closing, tagName = '', attributes = ''] = token;
    if (rawText !== undefined || whole.startsWith('<!--')) continue;
    const name = tagName.toLowerCase();
    if (closing) {
      if (name === 'a' && current) {
        const text = html.slice(current.textFrom, token.index).replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
        if (!current.link.title) current.link.title = decode(text);
        links.push(current.link);
        current = undefined;
      }
      const index = stack.map((open) => open.name).lastIndexOf(name);
      if (index >= 0) stack.length = index;
      continue;
    }
    const parent = stack[stack.length - 1];
    const skip =
      (parent?.skip ?? false) || name === 'noscript' || attribute(attributes, 'hidden') !== undefined || attribute(attributes, 'data-print-notes') === 'off';
    const sources = (parent?.sources ?? false) || /(?:^|\s)article-meta(?:\s|$)/.test(attribute(attributes, 'class') ?? '');
    if (name === 'a') {
      const href = attribute(attributes, 'href') ?? '';
      if (!skip && isExternal(href, siteOrigin) && attribute(attributes, 'data-note') === undefined) {
        const label = attribute(attributes, 'aria-label')?.replace(/^source:\s*/i, '') ?? '';
        current = { link: { at: token.index + 2, url: href, inSources: sources, title: label }, textFrom: token.index + whole.length };
      }
    }
    if (!VOID.has(name) && !whole.endsWith('/>')) stack.push({ name, skip, sources });
  }
  return links;
}

/** The page with its print notes, and the notes it added after the Sources list. */
export function addPrintNotes(html: string, siteOrigin: string): { html: string; notes: PrintNote[] } {
  const mainOpen = /<main\b[^>]*>/i.exec(html);
  const mainClose = html.lastIndexOf('</main>');
  if (!mainOpen || mainClose < 0 || html.includes('class="print-notes ')) return { html, notes: [] };
  const links = linksInMain(html, mainOpen.index, mainClose, siteOrigin);
  if (links.length === 0) return { html, notes: [] };

  const numbers = new Map<string, number>();
  const notes: PrintNote[] = [];
  for (const link of [...links.filter((item) => item.inSources), ...links.filter((item) => !item.inSources)]) {
    if (numbers.has(link.url)) continue;
    numbers.set(link.url, numbers.size + 1);
    if (!link.inSources) notes.push({ number: numbers.size, url: link.url, title: link.title });
  }
  let out = '';
  let from = 0;
  for (const link of [...links].sort((a, b) => a.at - b.at)) {
    out += `${html.slice(from, link.at)} data-note="${numbers.get(link.url)}"`;
    from = link.at;
  }
  out += html.slice(from);

  if (notes.length === 0) return { html: out, notes };
  const hasSources = links.some((link) => link.inSources);
  const items = notes
    .map((note) => `<li value="${note.number}">${note.title ? `${escapeText(note.title)}: ` : ''}<span class="print-note-url">${escapeText(note.url)}</span></li>`)
    .join('');
  const list = `<div class="print-notes container" hidden data-pagefind-ignore><h2>${hasSources ? 'More links on this page' : 'Links on this page'}</h2><ol>${items}</ol></div>`;
  const close = out.lastIndexOf('</main>');
  return { html: `${out.slice(0, close)}${list}${out.slice(close)}`, notes };
}
