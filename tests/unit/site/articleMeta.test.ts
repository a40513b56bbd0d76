import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import ArticleMeta from '../../../src/components/ArticleMeta.astro';

describe('the sources list shows each source\'s read record (rendered)', () => {
  it('says per source when it was read, from what, the copy\'s address and the page\'s year; a linked-only law says it was not read', async () => {
    const container = await AstroContainer.create();
    const sources = [
      { id: 'ca-2012', title: 'Returns (Amazon.ca help)', url: 'https://www.amazon.ca/returns', kind: 'amazon-help', readOn: '2026-11-26', readFrom: 'copy', readAt: 'https://www.groceryalerts.ca/amazon-returns', year: 2012 },
      { id: 'eu', title: 'Directive 2011/83/EU (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/dir/2011/83/2022-05-28', kind: 'law', readOn: '2026-12-04', readFrom: 'stored-page' },
      { id: 'jp-law', title: 'Act on Specified Commercial Transactions (e-Gov)', url: 'https://laws.e-gov.go.jp/law/351AC0000000057', kind: 'law', linkOnly: true },
    ];
    const html = await container.renderToString(ArticleMeta, { props: { lastReviewed: '2026-12-04', sources } });
    expect(html).toContain('Each source below says when we read it and from what.');
    expect(html).not.toContain('Last reviewed');
    expect(html).toMatch(/\(2012\)[\s\S]*read on <time datetime="2026-11-26"[^>]*>26 November 2026<\/time>[\s\S]*a third-party copy[\s\S]*href="https:\/\/www.groceryalerts.ca\/amazon-returns"/);
    expect(html).toMatch(/read on <time datetime="2026-12-04"[^>]*>4 December 2026<\/time>[\s\S]*a stored copy of the page/);
    expect(html).toContain('our research did not read it');
  });
});
