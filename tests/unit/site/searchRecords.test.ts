import { describe, expect, it } from 'vitest';
import { splitSearchRecords } from '../../../src/site/integrations/searchRecords';

const html = `<main><div data-pagefind-body><h1>FAQ</h1>
<div class="faq-item" data-search-record="/faq/#q-one" data-search-filters="type:faq;topic:Refunds &amp; timing"><h3 id="q-one">Question one?</h3><div><p>Answer one.</p></div><p data-pagefind-ignore>Full answer</p></div>
<div class="faq-item" data-search-record="/faq/#q-two" data-search-filters="type:faq"><h3 id="q-two">Question two?</h3><p>Answer two.</p></div>
</div></main>`;

describe('splitSearchRecords', () => {
  const { page, records } = splitSearchRecords(html);

  it('finds each marked element, with its url', () => {
    expect(records.map((record) => record.url)).toEqual(['/faq/#q-one', '/faq/#q-two']);
  });

  it('keeps the whole element, nested elements included, and nothing after it', () => {
    expect(records[0]?.content).toContain('<p>Answer one.</p></div><p data-pagefind-ignore>Full answer</p>');
    expect(records[0]?.content).not.toContain('Question two');
  });

  it('titles the record by its first heading, as an h1 without the page anchor', () => {
    expect(records[0]?.content).toContain('<h1>Question one?</h1>');
    expect(records[0]?.content).not.toContain('id="q-one"');
  });

  it('weighs the answer below the question, so a short record does not outrank the pages that explain in full', () => {
    expect(records[1]?.content).toMatch(/<h1>Question two\?<\/h1><div data-pagefind-weight="0\.5"><p>Answer two\.<\/p><\/div><\/main>/);
  });

  it('turns data-search-filters into Pagefind filters on the record only, the page type as readers read it', () => {
    expect(records[0]?.content).toContain('<span hidden data-pagefind-filter="type:FAQ"></span><span hidden data-pagefind-filter="topic:Refunds &amp; timing"></span>');
    expect(records[0]?.content).toContain('<main data-pagefind-body>');
  });

  it('leaves the records out of their page, so the page is not a second, heavier result for the same words', () => {
    expect(page).toContain('<h1>FAQ</h1>');
    expect(page).not.toContain('Question one?');
    expect(page).not.toContain('Answer two.');
    expect(page).toContain('data-search-record="/faq/#q-two"');
  });

  it('takes the base path off a record url: Pagefind adds it to every result itself', () => {
    const under = splitSearchRecords('<div data-search-record="/refund-atlas/faq/#q"><h2>Q?</h2></div>', '/refund-atlas/');
    expect(under.records[0]?.url).toBe('/faq/#q');
    expect(splitSearchRecords('<div data-search-record="/faq/#q"><h2>Q?</h2></div>', '/refund-atlas').records[0]?.url).toBe('/faq/#q');
  });

  it('fails with the url when a record has no heading to title it, or is never closed', () => {
    expect(() => splitSearchRecords('<div data-search-record="/x/"><p>No heading</p></div>')).toThrow(/data-search-record="\/x\/": the element needs a heading/);
    expect(() => splitSearchRecords('<div data-search-record="/y/"><h2>Open</h2>')).toThrow(/data-search-record="\/y\/": the <div> element is never closed/);
  });

  it('leaves a page without records as it is', () => {
    expect(splitSearchRecords('<main><p>Text</p></main>')).toEqual({ page: '<main><p>Text</p></main>', records: [] });
  });
});
