/**
 * The main text of an HTML page: what a reader reads, without what changes on every visit or every redesign.
 * Dropped: scripts, styles, templates, SVG, forms, comments, and the page's chrome (<nav>, <header>, <footer>,
 * <aside>, role="navigation|banner|contentinfo|complementary"). When the page marks its content (<main>,
 * role="main", or a single <article>) only that is kept. Lines that are only a copyright or a "last updated /
 * generated" stamp are dropped too, so a footer date is never a change. One line per block, spaces collapsed.
 */

const DROP_ELEMENTS = ['script', 'style', 'noscript', 'template', 'svg', 'form', 'nav', 'header', 'footer', 'aside', 'iframe', 'select', 'button'];
const CHROME_ROLES = ['navigation', 'banner', 'contentinfo', 'complementary', 'search'];
const BLOCKS = 'p|div|section|article|main|h[1-6]|li|ul|ol|dl|dt|dd|tr|table|thead|tbody|blockquote|pre|figure|figcaption|br|hr|td|th|caption';

/** Removes every `<tag …>…</tag>` (outermost first, nested ones included) for the given tag names. */
function dropElements(html: string, tags: string[]): string {
  let text = html;
  for (const tag of tags) {
    const pattern = new RegExp(`<${tag}\\b[^>]*>[\\s\\S]*?<\\/${tag}\\s*>`, 'gi');
    let previous;
    do {
      previous = text;
      text = text.replace(pattern, ' ');
    } while (text !== previous);
  }
  return text;
}

/** Removes any element carrying one of the chrome roles, by matching its closing tag at the same depth. */
function dropByRole(html: string): string {
  const opening = new RegExp(`<([a-z][a-z0-9]*)\\b[^>]*\\brole\\s*=\\s*["']?(?:${CHROME_ROLES.join('|')})["']?[^>]*>`, 'i');
  let text = html;
  for (let match = opening.exec(text); match; match = opening.exec(text)) {
    const end = closingIndex(text, match[1] ?? 'div', match.index + match[0].length);
    text = `${text.slice(0, match.index)} ${text.slice(end)}`;
  }
  return text;
}

/** Index just after the `</tag>` that closes an element whose content starts at `from` (end of text when unclosed). */
function closingIndex(html: string, tag: string, from: number): number {
  const pattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  pattern.lastIndex = from;
  let depth = 1;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    depth += match[1] ? -1 : match[0].endsWith('/>') ? 0 : 1;
    if (depth === 0) return match.index + match[0].length;
  }
  return html.length;
}

/** The inside of the element the page marks as its content, when it marks one. */
function contentRegion(html: string): string {
  const marker = /<main\b[^>]*>|<([a-z][a-z0-9]*)\b[^>]*\brole\s*=\s*["']?main["']?[^>]*>/i.exec(html);
  if (marker) {
    const tag = marker[1] ?? 'main';
    const start = marker.index + marker[0].length;
    return html.slice(start, closingIndex(html, tag, start));
  }
  const articles = html.match(/<article\b/gi) ?? [];
  if (articles.length === 1) {
    const start = html.search(/<article\b/i);
    const open = html.indexOf('>', start) + 1;
    return html.slice(open, closingIndex(html, 'article', open));
  }
  const body = /<body\b[^>]*>/i.exec(html);
  return body ? html.slice(body.index + body[0].length) : html;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', copy: '©', reg: '®', euro: '€', pound: '£', yen: '¥', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', laquo: '«', raquo: '»', shy: '' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/** A line that is only page furniture: a copyright notice, or a short "last updated / generated" stamp with a date. */
const COPYRIGHT_LINE = /^(?:©|\(c\)\s|copyright\b)/i;
const STAMP_LINE = /^(?:last (?:updated|modified|reviewed)|updated|page generated|generated)\b.{0,40}$/i;
const isStampLine = (line: string): boolean => COPYRIGHT_LINE.test(line) || (STAMP_LINE.test(line) && /\d/.test(line));

/** The normalised main text: one trimmed line per block, empty lines and stamp lines dropped. */
export function normaliseText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0\u200b]+/g, ' ').trim())
    .filter((line) => line !== '' && !isStampLine(line))
    .join('\n');
}

export function mainText(html: string): string {
  let text = html.replace(/<!--[\s\S]*?-->/g, ' ');
  text = dropElements(text, ['script', 'style', 'noscript', 'template', 'svg']);
  text = contentRegion(text);
  text = dropByRole(dropElements(text, DROP_ELEMENTS));
  text = text.replace(new RegExp(`<\\/?(?:${BLOCKS})\\b[^>]*>`, 'gi'), '\n').replace(/<[^>]*>/g, ' ');
  return normaliseText(decodeEntities(text));
}
