import { describe, expect, it } from 'vitest';
import { brokenFragmentLinks, fragmentHrefsIn, fragmentLinkReport, idsIn, sitePathOfFile } from '../../../src/site/fragmentLinks';

const SITE = { origin: 'https://refund-atlas.example.org', base: '/' };
const page = (body: string) => `<!doctype html><html><body>${body}</body></html>`;

describe('idsIn and fragmentHrefsIn', () => {
  it('reads ids and fragment links from markup, not from scripts', () => {
    const html = page('<h2 id="a-to-z">A</h2><a href="/x/#y">y</a><a href="/z/">z</a><script>const s = \'<a href="/q/#r"><b id="s">\';</script>');
    expect([...idsIn(html)]).toEqual(['a-to-z']);
    expect(fragmentHrefsIn(html)).toEqual(['/x/#y']);
  });

  it('decodes entities the way a browser does', () => {
    expect(fragmentHrefsIn(page('<a href="/search/?q=a&amp;b=c#top">x</a>'))).toEqual(['/search/?q=a&b=c#top']);
    expect(idsIn(page('<p id="fish&amp;chips">x</p>')).has('fish&chips')).toBe(true);
  });
});

describe('sitePathOfFile', () => {
  it.each([
    ['index.html', '/'],
    ['regions/us/index.html', '/regions/us/'],
    ['404.html', '/404.html'],
  ])('%s is %s', (file, path) => {
    expect(sitePathOfFile(file)).toBe(path);
  });
});

describe('brokenFragmentLinks', () => {
  const pages = new Map([
    ['/', page('<main id="main"><a href="#main">skip</a><a href="/regions/us/#contact">US</a></main>')],
    ['/regions/us/', page('<h2 id="contact">Contact</h2><h2 id="a-to-z">A-to-z</h2>')],
    ['/faq/', page('<h3 id="what-is-the-a-to-z-guarantee">Q</h3>')],
  ]);

  it('accepts links whose section exists, on the same page or another', () => {
    expect(brokenFragmentLinks(pages, SITE)).toEqual([]);
  });

  it.each([
    ['/regions/us/#a-to-z', undefined],
    ['https://refund-atlas.example.org/regions/us/#contact', undefined],
    ['https://www.amazon.com/help#refunds', undefined],
    ['#', undefined],
    ['/faq/#:~:text=refund', undefined],
    ['/faq/#what%2Dis%2Dthe%2Da%2Dto%2Dz%2Dguarantee', undefined],
    ['/regions/jp/#a-to-z', 'there is no page /regions/jp/'],
    ['/regions/us/#no-such-section', '/regions/us/ has no element with id "no-such-section"'],
    ['#nowhere', '/faq/ has no element with id "nowhere"'],
    ['../regions/us/#returns', '/regions/us/ has no element with id "returns"'],
  ])('a link to %s: %s', (href, problem) => {
    const withLink = new Map(pages);
    withLink.set('/faq/', `${pages.get('/faq/')}<a href="${href}">x</a>`);
    expect(brokenFragmentLinks(withLink, SITE)).toEqual(problem ? [{ page: '/faq/', href, problem }] : []);
  });

  it('resolves links under a sub-path base, and flags a link that left the base out', () => {
    const site = { origin: SITE.origin, base: '/refund-atlas/' };
    const based = new Map([
      ['/faq/', page('<a href="/refund-atlas/regions/us/#contact">ok</a><a href="/regions/us/#contact">no base</a>')],
      ['/regions/us/', page('<h2 id="contact">Contact</h2>')],
    ]);
    expect(brokenFragmentLinks(based, site)).toEqual([{ page: '/faq/', href: '/regions/us/#contact', problem: '/regions/us/ is outside the site (base /refund-atlas/)' }]);
  });

  it('reports every broken link at once, naming page and link', () => {
    const report = fragmentLinkReport([
      { page: '/guides/a/', href: '/regions/jp/#a-to-z', problem: '/regions/jp/ has no element with id "a-to-z"' },
      { page: '/faq/', href: '#x', problem: '/faq/ has no element with id "x"' },
    ]);
    expect(report).toMatch(/^2 links with a #fragment land on no section:/);
    expect(report).toContain('/guides/a/: href="/regions/jp/#a-to-z": /regions/jp/ has no element with id "a-to-z"');
    expect(report).toContain('/faq/: href="#x"');
  });
});
