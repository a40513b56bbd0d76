import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { formatDays, formatDuration, formatRange } from '../../src/model/format';
import { isNotPublished, paymentTimeFor } from '../../src/model/regionFacts';
import { citedSourceIds } from '../../src/site/regionPage/facts';
import { isStale } from '../../src/site/regionPage/isStale';
import { ALWAYS_PRESENT_SECTIONS } from '../../src/site/regionPage/sections';
import type { RegionData } from '../../src/model/types';
import { regionData, regionFiles } from '../unit/regions/helpers';
import { DIST } from './support/pages';

// Every region file on disk, parsed and validated the way the site does it: no list of ids or figures here.
const regions = regionFiles().map((file) => ({ id: file.id, data: regionData(file) }));
const sourceTitle = (data: RegionData, id: string) => data.sources.find((source) => source.id === id)?.title ?? `(no source ${id})`;
const sourceUrl = (data: RegionData, id: string) => data.sources.find((source) => source.id === id)?.url ?? `(no source ${id})`;

/** Values of one column's cells, top to bottom. */
async function columnKeys(page: Page, column: string): Promise<string[]> {
  return page.locator(`table.compare-table tbody td[data-column="${column}"]`).evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).dataset.sort ?? ''));
}

function expectSorted(keys: string[], descending: boolean): void {
  const present = keys.filter((key) => key !== '').map(Number);
  const firstMissing = keys.indexOf('');
  if (firstMissing >= 0) expect(keys.slice(firstMissing).every((key) => key === ''), `not in our sources last: ${keys.join(',')}`).toBe(true);
  const expected = [...present].sort((a, b) => (descending ? b - a : a - b));
  expect(present).toEqual(expected);
}

test.describe('the regions index', () => {
  test('links every region with its marketplace and compares all of them', async ({ page }) => {
    await page.goto('/regions/');
    await expect(page.getByRole('heading', { level: 2, name: 'Compare regions' })).toHaveAttribute('id', 'compare');
    for (const { id, data } of regions) {
      const link = page.locator('.picker').getByRole('link', { name: new RegExp(`^${data.name}\\b`) });
      await expect(link).toHaveAttribute('href', `/regions/${id}/`);
      await expect(link).toContainText(data.marketplace);
    }
    const rows = page.locator('table.compare-table tbody tr');
    await expect(rows).toHaveCount(regions.length);
    const names = await rows.locator('th[scope="row"] a').allTextContents();
    expect(names).toEqual(regions.map((region) => region.data.name).sort((a, b) => a.localeCompare(b, 'en')));
  });

  test('sorts by a column from the keyboard, sets aria-sort and announces the order', async ({ page }) => {
    await page.goto('/regions/');
    const header = page.locator('table.compare-table th[data-column="window"]');
    const button = header.getByRole('button', { name: /Standard return window/ });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await expect(page.locator('table.compare-table th[data-column="region"]')).not.toHaveAttribute('aria-sort', /.+/);
    expectSorted(await columnKeys(page, 'window'), false);
    await expect(page.locator('[data-sort-status]')).toHaveText(/Sorted by Standard return window, shortest first\./);

    await page.keyboard.press('Space');
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    expectSorted(await columnKeys(page, 'window'), true);
    await expect(page.locator('[data-sort-status]')).toHaveText(/longest first/);
  });

  test('sorting a column with mixed units and gaps reorders whole rows', async ({ page }) => {
    await page.goto('/regions/');
    const before = await page.locator('table.compare-table tbody tr').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.region));
    await page.locator('th[data-column="card"]').getByRole('button').press('Enter');
    const keys = await columnKeys(page, 'card');
    expectSorted(keys, false);
    const after = await page.locator('table.compare-table tbody tr').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.region));
    expect([...after].sort()).toEqual([...before].sort());
    // Each row still carries its own region's figures: the card cell moved with the region name.
    for (const row of await page.locator('table.compare-table tbody tr').all()) {
      const id = await row.getAttribute('data-region');
      await expect(row.locator('th a')).toHaveAttribute('href', `/regions/${id}/`);
    }
    // Back to the region column: A to Z first (it lost its order when the card column was sorted), then Z to A.
    const regionButton = page.locator('th[data-column="region"]').getByRole('button');
    await regionButton.press('Enter');
    await expect(page.locator('th[data-column="region"]')).toHaveAttribute('aria-sort', 'ascending');
    expect(await page.locator('table.compare-table tbody th a').allTextContents()).toEqual(regions.map((region) => region.data.name).sort((a, b) => a.localeCompare(b, 'en')));
    await regionButton.press('Enter');
    await expect(page.locator('th[data-column="region"]')).toHaveAttribute('aria-sort', 'descending');
    expect(await page.locator('table.compare-table tbody th a').allTextContents()).toEqual(regions.map((region) => region.data.name).sort((a, b) => b.localeCompare(a, 'en')));
  });

  test('fits a 320 px phone: the page does not scroll sideways, the table scrolls in its own keyboard-usable box', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('/regions/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const box = page.getByRole('region', { name: 'Comparison of return rules by region' });
    await expect(box).toHaveAttribute('tabindex', '0');
    expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await box.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  });

  test('ships a sorter under 1.5 KB gzipped', () => {
    const html = readFileSync(join(DIST, 'regions', 'index.html'), 'utf8');
    const inline = [...html.matchAll(/<script type="module"[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
    const files = [...html.matchAll(/<script type="module"[^>]*src="([^"]+)"/g)].map((match) => readFileSync(join(DIST, match[1] ?? ''), 'utf8'));
    const sorter = [...inline, ...files].filter((code) => code.includes('data-sort-status'));
    expect(sorter).toHaveLength(1);
    expect(gzipSync(sorter[0] ?? '').length).toBeLessThan(1536);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the table is complete and readable, sorted by region name', async ({ page }) => {
      await page.goto('/regions/');
      const table = page.locator('table.compare-table');
      await expect(table.locator('thead button')).toHaveCount(0);
      await expect(table.locator('th[data-column="region"]')).toHaveAttribute('aria-sort', 'ascending');
      await expect(page.locator('[data-sort-hint]')).toBeHidden();
      const rows = table.locator('tbody tr');
      await expect(rows).toHaveCount(regions.length);
      const columns = await table.locator('thead th').count();
      for (const row of await rows.all()) {
        await expect(row.locator('th, td')).toHaveCount(columns);
        for (const cell of await row.locator('td').all()) expect((await cell.innerText()).trim().length).toBeGreaterThan(0);
      }
      const names = await rows.locator('th a').allTextContents();
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    });
  });
});

test.describe('region pages', () => {
  for (const { id, data } of regions) {
    test.describe(`/regions/${id}/`, () => {
      test.beforeEach(async ({ page }) => {
        await page.goto(`/regions/${id}/`);
      });

      test('has every section other pages link to, and links Amazon\'s returns page', async ({ page }) => {
        for (const section of ALWAYS_PRESENT_SECTIONS) await expect(page.locator(`h2#${section}`), section).toHaveCount(1);
        const official = page.locator('.region-section[data-section="at-a-glance"] a[data-official-returns-page]');
        await expect(official).toHaveAttribute('href', sourceUrl(data, data.returnsHelpPage));
        await expect(official).toHaveText(sourceTitle(data, data.returnsHelpPage));
        for (const heading of await page.locator('.toc a').all()) {
          const target = (await heading.getAttribute('href'))?.slice(1) ?? '';
          await expect(page.locator(`[id="${target}"]`), target).toHaveCount(1);
        }
      });

      test('lists every cited source by title, and each source link names its source', async ({ page }) => {
        const listed = await page.locator('h2#sources + ul a').allTextContents();
        for (const sourceId of citedSourceIds(data)) expect(listed, sourceId).toContain(sourceTitle(data, sourceId));
        const links = page.locator('a.fact-source');
        expect(await links.count()).toBeGreaterThan(0);
        for (const link of await links.all()) {
          const sourceId = (await link.getAttribute('data-source-id')) ?? '';
          await expect(link).toHaveAttribute('href', sourceUrl(data, sourceId));
          await expect(link).toHaveAccessibleName(`source: ${sourceTitle(data, sourceId)}`);
        }
      });

      test('shows the figures the data holds', async ({ page }) => {
        const fact = (path: string): Locator => page.locator(`[data-fact="${path}"]`);
        const window = data.returnWindow;
        if (isNotPublished(window)) await expect(fact('returnWindow')).toContainText('Not in our sources yet');
        else await expect(fact('returnWindow')).toContainText(formatDays(window.days));

        const times = data.refund.paymentTimes;
        if (isNotPublished(times)) {
          const missing = page.locator('.region-section[data-section="refund-timing"] [data-not-published]');
          await expect(missing.getByRole('link', { name: sourceTitle(data, times.checkAt) }).first()).toBeVisible();
        } else {
          for (const [index, entry] of times.entries()) {
            const row = fact(`refund.paymentTimes.${index}`);
            if (isNotPublished(entry)) {
              await expect(row).toContainText('Not in our sources yet');
              await expect(row.locator('[data-not-published] a')).toHaveAttribute('href', sourceUrl(data, entry.checkAt));
            } else {
              await expect(row).toContainText(formatRange(entry));
            }
          }
        }

        const rights = data.statutoryRights;
        if (isNotPublished(rights)) {
          await expect(page.locator('.region-section[data-section="legal-rights"] [data-not-published]')).toHaveCount(1);
        } else {
          for (const [index, right] of rights.entries()) {
            await expect(fact(`statutoryRights.${index}`)).toContainText(right.title);
            if (right.period) await expect(fact(`statutoryRights.${index}`)).toContainText(formatDuration(right.period));
            if (right.law) await expect(fact(`statutoryRights.${index}`).locator('a[data-law-link]')).toHaveAttribute('href', sourceUrl(data, right.law));
          }
        }

        const glance = (row: string): Locator => page.locator(`[data-glance="${row}"]`);
        if (!isNotPublished(window)) await expect(glance('return-window')).toContainText(formatDays(window.days));
        const card = paymentTimeFor(data, 'credit-card');
        if (card.kind === 'not-published') await expect(glance('card')).toContainText('Not in our sources yet');
        else for (const entry of card.entries) await expect(glance('card')).toContainText(formatRange(entry));

        for (const [index, rule] of data.categoryRules.entries()) {
          await expect(fact(`categoryRules.${index}`)).toContainText(rule.returnable ? formatDays(rule.days) : 'not returnable');
        }
      });

      test('marks reported facts and explains the mark once', async ({ page }) => {
        const reported = page.locator('article .fact-meta .reported-mark');
        const facts = JSON.stringify({ ...data, sources: [] }).match(/"confidence":"reported"/g) ?? [];
        if (facts.length > 0) {
          expect(await reported.count()).toBeGreaterThan(0);
          await expect(page.locator('.fact-legend')).toHaveCount(1);
          await expect(page.locator('.fact-legend')).toContainText('Reported: read in a copy or press report');
        } else {
          await expect(reported).toHaveCount(0);
        }
      });

      test('shows the "may be out of date" notice exactly when the review is due (every 6 months, model/reviewDue.ts)', async ({ page }) => {
        const built = (await page.locator('footer time').first().getAttribute('datetime')) ?? '';
        const notice = page.locator('.notice[role="note"]', { hasText: 'may be out of date' });
        await expect(notice).toHaveCount(isStale(data.lastReviewed, built) ? 1 : 0);
      });

      test('lists the build year\'s public holidays from the same data as /holidays/<id>.json', async ({ page }) => {
        const built = (await page.locator('footer time').first().getAttribute('datetime')) ?? '';
        const year = built.slice(0, 4);
        const json = JSON.parse(readFileSync(join(DIST, 'holidays', `${id}.json`), 'utf8')) as { days: Array<[string, string]> };
        const expected = json.days.filter(([date]) => date.startsWith(`${year}-`));
        const table = page.getByRole('region', { name: `Public holidays in ${data.name}, ${year}` }).locator('table');
        const dates = await table.locator('tbody time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
        expect(dates).toEqual(expected.map(([date]) => date));
        const names = await table.locator('tbody td:nth-child(2)').allTextContents();
        expect(names.map((name) => name.trim())).toEqual(expected.map(([, name]) => name));
        const known: Record<string, string> = { uk: '2026-12-25', au: '2026-01-26', in: '2026-01-26' };
        if (year === '2026' && known[id]) expect(dates).toContain(known[id]);
        if (data.holidayNote) await expect(page.locator('.region-section[data-section="public-holidays"]')).toContainText(data.holidayNote);
      });
    });
  }

  test('a region page reads on a 320 px phone without the page scrolling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    for (const { id } of regions) {
      await page.goto(`/regions/${id}/`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), id).toBeLessThanOrEqual(320);
    }
  });
});
