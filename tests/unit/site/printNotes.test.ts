import { describe, expect, it } from 'vitest';
import { addPrintNotes } from '../../../src/site/printNotes';

const ORIGIN = 'https://refund-atlas.example.org';
const page = (main: string, outside = '') => `<!doctype html><html><body><header><a href="https://github.com/x">code</a></header><main id="main">${main}</main>${outside}</body></html>`;
const notesOf = (html: string) => [...html.matchAll(/<a\b[^>]*?data-note="(\d+)"[^>]*href="([^"]+)"|<a\b[^>]*href="([^"]+)"[^>]*?data-note="(\d+)"/g)].map((match) => `${match[2] ?? match[3]}=${match[1] ?? match[4]}`);

describe('addPrintNotes', () => {
  it('numbers links to other sites in reading order, once per address, and lists them at the end of main', () => {
    const { html, notes } = addPrintNotes(
      page(
        '<p><a href="https://www.amazon.com/a">Amazon A</a> and <a href="/guides/x/">a guide</a></p>' +
          '<table><tr><td><a class="fact-source" href="https://www.amazon.com/b" aria-label="source: Amazon B page">source</a></td>' +
          '<td><a href="https://www.amazon.com/a">again</a></td></tr></table>',
      ),
      ORIGIN,
    );
    expect(notes).toEqual([
      { number: 1, url: 'https://www.amazon.com/a', title: 'Amazon A' },
      { number: 2, url: 'https://www.amazon.com/b', title: 'Amazon B page' },
    ]);
    expect(html).toContain('<a data-note="1" href="https://www.amazon.com/a">Amazon A</a>');
    expect(html).toContain('<a data-note="1" href="https://www.amazon.com/a">again</a>');
    expect(html).toContain('<a href="/guides/x/">a guide</a>');
    expect(html).toContain('<a href="https://github.com/x">code</a>');
    expect(html).toMatch(/<div class="print-notes container" hidden data-pagefind-ignore><h2>Links on this page<\/h2><ol><li value="1">Amazon A: <span class="print-note-url">https:\/\/www.amazon.com\/a<\/span><\/li><li value="2">Amazon B page: .*<\/ol><\/div><\/main>/);
  });

  it('gives the Sources list the first numbers and lists only the other addresses', () => {
    const { html, notes } = addPrintNotes(
      page(
        '<p><a href="https://law.example/act">the Act</a> <a class="fact-source" href="https://www.amazon.co.uk/help" aria-label="source: Amazon.co.uk help">source</a></p>' +
          '<footer class="article-meta"><h2 id="sources">Sources</h2><ul><li><a href="https://www.amazon.co.uk/help">Amazon.co.uk help</a></li><li><a href="https://gov.example/rights">Rights</a></li></ul></footer>',
      ),
      ORIGIN,
    );
    expect(notesOf(html).sort()).toEqual(['https://gov.example/rights=2', 'https://law.example/act=3', 'https://www.amazon.co.uk/help=1', 'https://www.amazon.co.uk/help=1']);
    expect(notes).toEqual([{ number: 3, url: 'https://law.example/act', title: 'the Act' }]);
    expect(html).toContain('<h2>More links on this page</h2><ol><li value="3">the Act: ');
  });

  it('adds no list when every address is in the Sources list', () => {
    const { html, notes } = addPrintNotes(page('<p><a href="https://a.example/">A</a></p><footer class="article-meta"><ul><li><a href="https://a.example/">A</a></li></ul></footer>'), ORIGIN);
    expect(notes).toEqual([]);
    expect(html).not.toContain('print-notes');
    expect(notesOf(html)).toEqual(['https://a.example/=1', 'https://a.example/=1']);
  });

  it('skips links that do not print: in <noscript>, under hidden, and in data-print-notes="off"', () => {
    const { notes } = addPrintNotes(
      page(
        '<noscript><a href="https://n.example/">n</a></noscript><div hidden><p><a href="https://h.example/">h</a></p></div>' +
          '<div data-print-notes="off"><a href="https://o.example/">o</a></div><p aria-hidden="true"><a href="https://shown.example/">shown</a></p>',
      ),
      ORIGIN,
    );
    expect(notes.map((note) => note.url)).toEqual(['https://shown.example/']);
  });

  it("leaves the site's own absolute links, mail and phone links alone", () => {
    const { html } = addPrintNotes(page(`<a href="${ORIGIN}/faq/">faq</a><a href="mailto:a@b.example">mail</a><a href="tel:+441234">call</a>`), ORIGIN);
    expect(html).not.toContain('data-note');
  });

  it('copes with ">" inside attribute values, void elements and SVG, and escapes what it writes', () => {
    const { html, notes } = addPrintNotes(
      page('<p title="a > b"><img src="x.png" alt=""><svg><path d="M0 0"/></svg><a href="https://x.example/?a=1&amp;b=2" title="1 > 0">Fish &amp; <em>chips</em></a></p>'),
      ORIGIN,
    );
    expect(notes).toEqual([{ number: 1, url: 'https://x.example/?a=1&b=2', title: 'Fish & chips' }]);
    expect(html).toContain('<li value="1">Fish &amp; chips: <span class="print-note-url">https://x.example/?a=1&amp;b=2</span></li>');
  });

  it('runs once: a page that has its notes is left as it is, and a page without main or links is unchanged', () => {
    const once = addPrintNotes(page('<a href="https://a.example/">a</a>'), ORIGIN).html;
    expect(addPrintNotes(once, ORIGIN).html).toBe(once);
    const plain = page('<p>No links</p>');
    expect(addPrintNotes(plain, ORIGIN).html).toBe(plain);
    expect(addPrintNotes('<p><a href="https://a.example/">a</a></p>', ORIGIN).html).toBe('<p><a href="https://a.example/">a</a></p>');
  });
});
