import { describe, expect, it } from 'vitest';
import { searchRecordsIn } from '../../../src/site/integrations/searchRecords';

const page = `<main><div data-pagefind-body><h1>FAQ</h1>
<div class="faq-item" data-search-record="/faq/#q-one" data-search-filters="type:faq;topic:Refunds &amp; timing"><h3 id="q-one">Question one?</h3><div><p>Answer one.</p></div><p data-pagefind-ignore>Full answer</p></div>
<div class="faq-item" data-search-record="/faq/#q-two" data-search-filters="type:faq"><h3 id="q-two">Question two?</h3><p>Answer two.</p></div>
</div></main>`;

describe('searchRecordsIn', () => {
  const records = searchRecordsIn(page);

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

  it('ranks the record by its question only: the answer is there for the excerpt but weighs nothing', () => {
    expect(records[1]?.content).toMatch(/<h1>Question two\?<\/h1><div data-pagefind-weight="0"><p>Answer two\.<\/p><\/div><\/main>/);
  });

  it('turns data-search-filters into Pagefind filters on the record only', () => {
    expect(records[0]?.content).toContain('<span hidden data-pagefind-filter="type:faq"></span><span hidden data-pagefind-filter="topic:Refunds &amp; timing"></span>');
    expect(records[0]?.content).toContain('<main data-pagefind-body>');
  });

  it('fails with the url when a record has no heading to title it', () => {
    expect(() => searchRecordsIn('<div data-search-record="/x/"><p>No heading</p></div>')).toThrow(/data-search-record="\/x\/": the element needs a heading/);
  });
});
