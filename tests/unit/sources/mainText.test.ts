import { describe, expect, it } from 'vitest';
import { mainText, normaliseText } from '../../../scripts/sources/mainText';
import { decodeBody, declaredCharset } from '../../../scripts/sources/decodeBody';
import { pageText, canonicalAddress } from '../../../scripts/sources/fingerprint';
import { helpPage, lawPdf, SHIFT_JIS_PAGE } from './fixtureServer';

describe('mainText: what a reader reads, without the page chrome', () => {
  it('keeps <main> and drops scripts, styles, nav, header and footer', () => {
    expect(mainText(helpPage('<p>Refunds take 3&ndash;5 days.</p><ul><li>Books</li><li>Toys &amp; games</li></ul>'))).toBe('Returns\nRefunds take 3–5 days.\nBooks\nToys & games');
  });

  it.each([
    ['a footer date', helpPage('<p>Same text.</p>', 'Last updated 1 May 2026'), helpPage('<p>Same text.</p>', 'Last updated 2 May 2026')],
    ['a cart count in the header', helpPage('<p>Same text.</p>'), helpPage('<p>Same text.</p>').replace('Cart (3)', 'Cart (4)')],
    ['whitespace and markup', '<main><p>Same   text.</p></main>', '<main>\n  <div><p>Same text.</p></div></main>'],
    ['a comment and an inline script', '<main><p>Same text.</p></main>', '<main><!-- build 123 --><p>Same text.</p><script>track(1)</script></main>'],
  ])('is not changed by %s', (_, before, after) => {
    expect(mainText(after)).toBe(mainText(before));
  });

  it('drops chrome marked by role, and keeps a lone <article> when there is no <main>', () => {
    const html = '<body><div role="navigation"><div>Menu</div><div>Deals</div></div><article><h2>Returns</h2><p>30 days.</p><aside>Ads</aside></article><div role="contentinfo">© 2026</div></body>';
    expect(mainText(html)).toBe('Returns\n30 days.');
  });

  it('decodes entities, numeric ones included, and drops copyright and "last updated" lines inside the text', () => {
    expect(mainText('<main><p>caf&#233; &#x20AC;5 &nbsp;&lt;b&gt;</p><p>© 2026 Example</p><p>Last updated: 12/01/2026</p><p>Updated rules apply</p></main>')).toBe('café €5 <b>\nUpdated rules apply');
  });

  it('normalises text line by line', () => {
    expect(normaliseText('  a \u00a0 b \n\n\n c\n')).toBe('a b\nc');
  });
});

describe('decoding a page by its declared charset', () => {
  it('reads the charset from Content-Type first, then from <meta>', () => {
    expect(declaredCharset('text/html; charset=ISO-8859-1', new Uint8Array())).toBe('iso-8859-1');
    expect(declaredCharset('text/html', SHIFT_JIS_PAGE)).toBe('shift_jis');
    expect(declaredCharset(undefined, Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=euc-jp">'))).toBe('euc-jp');
    expect(declaredCharset('text/html', Buffer.from('<p>none</p>'))).toBeUndefined();
  });

  it('decodes Shift_JIS and ISO-8859-1, and falls back to UTF-8 for an unknown label', () => {
    expect(mainText(decodeBody(SHIFT_JIS_PAGE, 'text/html'))).toBe('返品について\n返品は30日以内です。');
    expect(decodeBody(Buffer.from('Délai', 'latin1'), 'text/html; charset=ISO-8859-1')).toBe('Délai');
    expect(decodeBody(Buffer.from('Délai', 'utf8'), 'text/html; charset=x-unknown')).toBe('Délai');
  });
});

describe('pageText: the fingerprint of a page', () => {
  it('fingerprints HTML by its main text', () => {
    const a = pageText(Buffer.from(helpPage('<p>Text.</p>', 'Updated 1 May')), 'text/html');
    const b = pageText(Buffer.from(helpPage('<p>Text.</p>', 'Updated 9 May')), 'text/html');
    const c = pageText(Buffer.from(helpPage('<p>Other text.</p>')), 'text/html');
    expect(a).toMatchObject({ format: 'html', text: 'Returns\nText.' });
    expect(a.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(c.fingerprint).not.toBe(a.fingerprint);
  });

  it('fingerprints a PDF by its text, so a new export of the same text is not a change', () => {
    const first = pageText(lawPdf(['Article 1', 'Text (a)']), 'application/pdf');
    expect(first).toMatchObject({ format: 'pdf', text: 'Article 1\nText (a)' });
    expect(pageText(lawPdf(['Article 1', 'Text (a)'], 'D:20300101000000Z'), 'application/octet-stream').fingerprint).toBe(first.fingerprint);
    expect(pageText(lawPdf(['Article 1', 'Text (b)']), 'application/pdf').fingerprint).not.toBe(first.fingerprint);
  });

  it('fingerprints a PDF without readable text by its bytes, less the export dates and ID', () => {
    const scanned = (date: string) => Buffer.from(`%PDF-1.4\n1 0 obj << /CreationDate (${date}) /ModDate (${date}) >> endobj\ntrailer << /ID [<${date}> <01>] >>\n%%EOF\n`, 'latin1');
    const first = pageText(scanned('D:2026'), 'application/pdf');
    expect(first).toMatchObject({ format: 'pdf-bytes', text: '' });
    expect(pageText(scanned('D:2027'), 'application/pdf').fingerprint).toBe(first.fingerprint);
  });
});

describe('canonicalAddress: tracking parameters never make a move', () => {
  it.each([
    ['https://a.example/p?utm_source=x&nodeId=1#top', 'https://a.example/p?nodeId=1'],
    ['https://a.example/p?ref_=nav&gclid=1&fbclid=2', 'https://a.example/p'],
    ['https://a.example/p?page=2', 'https://a.example/p?page=2'],
  ])('%s → %s', (address, canonical) => {
    expect(canonicalAddress(address)).toBe(canonical);
  });
});
