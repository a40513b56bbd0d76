import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './support/pages';

const changeFiles = readdirSync(join(process.cwd(), 'content/changes')).filter((name) => /\.mdx?$/.test(name));

test('the policy-change page lists every logged change, newest first, with its source', async ({ page }) => {
  await page.goto('/changes/');
  const entries = page.locator('.change-log > li');
  await expect(entries).toHaveCount(changeFiles.length);
  const dates = await entries.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());
  for (const entry of await entries.all()) await expect(entry.getByText(/^Source:/)).toBeVisible();
});

test('the RSS feed is valid XML with one item per change, linking back to the log', async ({ page, request }) => {
  const response = await request.get('/changes/rss.xml');
  expect(response.ok()).toBe(true);
  const xml = await response.text();
  await page.setContent('<html><body></body></html>');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      items: [...doc.querySelectorAll('item')].map((item) => ({ title: item.querySelector('title')?.textContent, link: item.querySelector('link')?.textContent })),
    };
  }, xml);
  expect(parsed.error).toBeNull();
  expect(parsed.items).toHaveLength(changeFiles.length);
  for (const item of parsed.items) expect(item.link).toMatch(/^https?:\/\/[^/]+\/changes\/#change-[a-z0-9-]+$/);
});

test('every page advertises the feed, and robots.txt points at the sitemap', async ({ request }) => {
  const home = readFileSync(join(DIST, 'index.html'), 'utf8');
  expect(home).toMatch(/<link rel="alternate" type="application\/rss\+xml"[^>]*href="\/changes\/rss.xml"/);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  expect((await request.get('/sitemap-index.xml')).ok()).toBe(true);
});

test('a region page lists its recent policy changes, linking the log', async ({ page }) => {
  await page.goto('/regions/de/');
  const section = page.getByRole('region', { name: 'Recent policy changes' });
  await expect(section).toBeVisible();
  const links = section.getByRole('link', { name: /14-day|14 days/ });
  expect(await links.count()).toBeGreaterThanOrEqual(1);
  await expect(links.first()).toHaveAttribute('href', /^\/changes\/#change-/);
});
