import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { builtPages, DIST } from './support/pages';

// These read the built files directly: no browser needed.
const pages = builtPages();
const fileOf = (path: string) => join(DIST, path.endsWith('/') ? `${path}index.html` : path);
const html = new Map(pages.map((path) => [path, readFileSync(fileOf(path), 'utf8')]));
const idsOf = (source: string) => new Set([...source.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));

test('every internal link and #anchor in the built site resolves', () => {
  const broken: string[] = [];
  for (const [page, source] of html) {
    for (const [, raw] of source.matchAll(/\shref="([^"]*)"/g)) {
      if (!raw || /^(https?:|mailto:|tel:)/.test(raw)) continue;
      const href = raw.replace(/&amp;/g, '&');
      const target = new URL(href, `http://site${page}`);
      if (target.pathname.startsWith('/search/') && target.search) continue; // results pages are built by the browser
      const path = target.pathname;
      const targetHtml = html.get(path);
      if (!targetHtml && !existsSync(join(DIST, path))) {
        broken.push(`${page}: ${raw} (no such page or file)`);
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor && targetHtml && !idsOf(targetHtml).has(anchor)) broken.push(`${page}: ${raw} (no element with id "${anchor}")`);
    }
  }
  expect(broken).toEqual([]);
});

test('the built HTML passes html-validate (recommended rules)', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Astro writes void elements without a closing slash; both forms are valid HTML.
      'void-style': 'off',
      // Pagefind's Component UI elements are custom elements, valid by the HTML standard.
      'no-unknown-elements': 'off',
    },
  });
  const problems: string[] = [];
  for (const [page, source] of html) {
    const report = await validator.validateString(source, page);
    for (const result of report.results) {
      for (const message of result.messages) problems.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  expect(problems).toEqual([]);
});

test('every page has one h1, a canonical URL, a description and Open Graph tags', () => {
  const missing: string[] = [];
  for (const [page, source] of html) {
    if ((source.match(/<h1[\s>]/g) ?? []).length !== 1) missing.push(`${page}: not exactly one h1`);
    // The 404 page answers at any unknown address: it has no URL of its own to declare.
    const addressed = page === '/404.html' ? [] : ['<link rel="canonical"', '<meta property="og:url"'];
    for (const needle of [...addressed, '<meta name="description"', '<meta property="og:title"', '<html lang="en"']) {
      if (!source.includes(needle)) missing.push(`${page}: ${needle}`);
    }
  }
  expect(missing).toEqual([]);
});

test('the 404 page declares no canonical address, and no page points at /404/', () => {
  const notFound = html.get('/404.html') ?? '';
  expect(notFound).toContain('We could not find that page');
  expect(notFound).not.toContain('rel="canonical"');
  expect(notFound).not.toContain('property="og:url"');
  for (const [page, source] of html) expect(source, page).not.toMatch(/href="[^"]*\/404\/"/);
});

test('inner pages carry breadcrumbs with valid BreadcrumbList JSON-LD', () => {
  const problems: string[] = [];
  for (const [page, source] of html) {
    if (page === '/' || page === '/404.html') continue;
    const blocks = [...source.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1] ?? '{}'));
    const trail = blocks.find((block) => block['@type'] === 'BreadcrumbList');
    if (!trail) {
      problems.push(`${page}: no BreadcrumbList`);
      continue;
    }
    const items = trail.itemListElement as Array<{ position: number; name: string; item: string }>;
    if (items.length < 2 || items[0]?.name !== 'Home') problems.push(`${page}: trail does not start at Home`);
    items.forEach((item, index) => {
      if (item.position !== index + 1 || !item.name || !/^https?:\/\//.test(item.item)) problems.push(`${page}: bad item ${JSON.stringify(item)}`);
    });
  }
  expect(problems).toEqual([]);
});

test('the header and footer do not grow with the site: no page lists every article', () => {
  const guideLinks = (source: string) => (source.slice(0, source.indexOf('<main')) + source.slice(source.indexOf('</main>'))).match(/href="\/guides\/[^"]+\/"/g) ?? [];
  for (const [page, source] of html) expect(guideLinks(source), page).toEqual([]);
});

test('articles carry Article JSON-LD with the required properties', () => {
  const problems: string[] = [];
  for (const [page, source] of html) {
    if (!/^\/(guides|regions)\/[^/]+\/$/.test(page)) continue;
    const blocks = [...source.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1] ?? '{}'));
    const article = blocks.find((block) => block['@type'] === 'Article');
    const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(source)?.[1]?.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'").replace(/&amp;/g, '&').trim();
    if (!article) {
      problems.push(`${page}: no Article`);
      continue;
    }
    if (article['@context'] !== 'https://schema.org') problems.push(`${page}: @context`);
    if (article.headline !== h1) problems.push(`${page}: headline "${article.headline}" is not the h1 "${h1}"`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(article.dateModified ?? '')) problems.push(`${page}: dateModified "${article.dateModified}"`);
    if (!/^https?:\/\//.test(article.mainEntityOfPage ?? '')) problems.push(`${page}: mainEntityOfPage`);
  }
  expect(problems).toEqual([]);
});

test('no page uses FAQPage or HowTo markup, which search engines no longer show', () => {
  for (const [page, source] of html) expect(source, page).not.toMatch(/"@type":"(FAQPage|HowTo)"/);
});

test("each region's checker menu has one rules file per kind of item, and nothing else", () => {
  const folder = join(DIST, 'data', 'eligibility');
  const regions = readdirSync(folder).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length));
  expect(regions.length).toBeGreaterThanOrEqual(11);
  for (const region of regions) {
    const menu = JSON.parse(readFileSync(join(folder, `${region}.json`), 'utf8')) as { id: string; categories: Array<{ id: string }> };
    expect(menu.id).toBe(region);
    const files = readdirSync(join(folder, region)).sort();
    expect(files, region).toEqual(menu.categories.map((choice) => `${choice.id}.json`).sort());
    for (const { id } of menu.categories) {
      const rules = JSON.parse(readFileSync(join(folder, region, `${id}.json`), 'utf8')) as { id: string; categories: Array<{ id: string }> };
      expect(rules.id).toBe(region);
      expect(rules.categories.map((choice) => choice.id)).toContain(id);
    }
  }
});
