import { describe, expect, it } from 'vitest';
import { indexableHtml } from '../../../src/site/integrations/indexableHtml';

const words = (html: string) => indexableHtml(html).replace(/<[^>]+>/g, '').split(/\s+/).filter(Boolean);

describe('indexableHtml', () => {
  it.each([
    ['table cells', '<table><caption>How long, once issued</caption><tr><th>Region</th><th>Credit card</th><th>Debit card</th></tr><tr><td>Australia</td><td>2–10</td></tr></table>', ['How', 'long,', 'once', 'issued', 'Region', 'Credit', 'card', 'Debit', 'card', 'Australia', '2–10']],
    ['list items', '<ul><li>Kohl’s</li><li>Staples</li></ul>', ['Kohl’s', 'Staples']],
    ['definition lists', '<dl><dt>Window</dt><dd>30 days</dd></dl>', ['Window', '30', 'days']],
    ['headings and paragraphs', '<h2>Refunds</h2><p>Money back.</p><div>Then</div>', ['Refunds', 'Money', 'back.', 'Then']],
    ['line breaks', 'one<br>two<br/>three', ['one', 'two', 'three']],
    ['a cell and the line under it', '<th scope="row">Mobile phones<span class="items">Mobile phones and other wireless devices</span></th>', ['Mobile', 'phones', 'Mobile', 'phones', 'and', 'other', 'wireless', 'devices']],
  ])('keeps the words of %s apart', (_name, html, expected) => {
    expect(words(html)).toEqual(expected);
  });

  it('leaves words inside inline elements joined as written', () => {
    expect(words('<p>Amazon<strong>.com</strong> re<em>fund</em> <a href="/x/">lin</a>k</p>')).toEqual(['Amazon.com', 'refund', 'link']);
  });

  it('does not take longer tag names for the ones it spaces', () => {
    expect(indexableHtml('<thead><tr><th>A</th></tr></thead><option>B</option><path d="M0"/>')).toBe('<thead> <tr> <th>A </th> </tr></thead> <option>B </option><path d="M0"/>');
  });

  it.each([
    ['A to z claim, return to seller', 'to claim, return to seller'],
    ['seller not responding, A to Z claim', 'seller not responding, to claim'],
    ['A-to-z claim, Kohl’s, 3-day window', 'A-to-z claim, Kohl’s, 3-day window'],
  ])('drops one-letter words from searched metadata: %s', (keywords, kept) => {
    const html = `<meta name="keywords" content="${keywords}" data-pagefind-meta="keywords[content]"><p>A to z</p>`;
    expect(indexableHtml(html)).toBe(`<meta name="keywords" content="${kept}" data-pagefind-meta="keywords[content]"> <p>A to z </p>`);
  });

  it('leaves metadata Pagefind does not search as written', () => {
    expect(indexableHtml('<meta name="description" content="A to z">')).toBe('<meta name="description" content="A to z">');
  });
});
