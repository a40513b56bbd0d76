import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST } from './pages';

function htmlFile(path: string): string {
  const file = path.endsWith('.html') ? path : `${path}index.html`;
  return readFileSync(join(DIST, file), 'utf8');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Turns HTML character references back into text, as a browser shows them. */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The HTML without the elements marked `data-pagefind-ignore` (whatever their tag, nested ones included), as Pagefind skips them. */
function withoutIgnored(html: string): string {
  const opening = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/gi;
  let out = '';
  let from = 0;
  for (let match = opening.exec(html); match; match = opening.exec(html)) {
    const tag = match[1]!.toLowerCase();
    const sameTag = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
    sameTag.lastIndex = match.index + match[0].length;
    let depth = 1;
    let end = html.length;
    for (let inner = sameTag.exec(html); inner; inner = sameTag.exec(html)) {
      depth += inner[1] ? -1 : 1;
      if (depth === 0) { end = inner.index + inner[0].length; break; }
    }
    out += `${html.slice(from, match.index)} `;
    from = end;
    opening.lastIndex = end;
  }
  return out + html.slice(from);
}

function textOf(html: string): string {
  return withoutIgnored(html)
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .toLowerCase();
}

/** The indexed body text of each searchable page, and its title and description. */
export function indexedPages(): Array<{ path: string; title: string; head: string; body: string }> {
  return builtPages().flatMap((path) => {
    const html = htmlFile(path);
    const start = html.indexOf('data-pagefind-body');
    if (start < 0) return [];
    const body = textOf(html.slice(start, html.indexOf('</main>')));
    const head = textOf(html.slice(0, html.indexOf('</head>')).replace(/<[^>]*content="([^"]*)"[^>]*>/g, ' $1 '));
    const title = decodeEntities(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '').trim() ?? '');
    return [{ path, title, head, body }];
  });
}

/** A word found in the body of exactly one page and in no page's title, description or keywords. */
export function wordOnlyInOneBody(): { word: string; path: string; title: string } {
  const pages = indexedPages();
  const counts = new Map<string, Set<string>>();
  for (const page of pages) {
    for (const word of new Set(page.body.match(/\b[a-z]{8,}\b/g) ?? [])) {
      counts.set(word, (counts.get(word) ?? new Set()).add(page.path));
    }
  }
  const candidates = [...counts.entries()]
    .filter(([word, paths]) => paths.size === 1 && pages.every((page) => !page.head.includes(word) && !page.title.toLowerCase().includes(word)))
    .sort(([a], [b]) => a.localeCompare(b));
  const [word, paths] = candidates[Math.floor(candidates.length / 2)] ?? [];
  const path = paths ? [...paths][0] : undefined;
  const page = pages.find((candidate) => candidate.path === path);
  if (!word || !page) throw new Error('No word appears in exactly one page body: the site has too little content to test search');
  return { word, path: page.path, title: page.title };
}
