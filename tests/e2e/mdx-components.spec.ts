import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// The region tables in guides are read from content/regions/ at build time: the page must show every region
// file, each linking its page, with the value its data holds (or "not in our sources yet" and the official page).
interface Source {
  id: string;
  url: string;
}
interface RegionFile {
  id: string;
  name: string;
  sources: Source[];
  returnWindow: { days?: number; published?: false; checkAt?: string };
  refund: { paymentTimes: Array<{ method?: string; scope?: string; min?: number; max?: number; unit?: string; published?: false }> | { published: false } };
}
const regionsDir = join(process.cwd(), 'content/regions');
const regions: RegionFile[] = readdirSync(regionsDir)
  .filter((name) => /\.mdx?$/.test(name))
  .map((name) => {
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(regionsDir, name), 'utf8'))?.[1] ?? '';
    return { id: name.replace(/\.mdx?$/, ''), ...(parse(frontmatter) as Omit<RegionFile, 'id'>) };
  });

test('the return-window table on "Check whether your item can be returned" lists every region with its data', async ({ page }) => {
  await page.goto('/guides/check-eligibility/');
  const table = page.getByRole('table', { name: 'Standard return window, by region' });
  await expect(table).toBeVisible();
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(regions.length);
  for (const region of regions) {
    const row = table.locator(`tbody tr[data-region="${region.id}"]`);
    await expect(row.getByRole('rowheader').getByRole('link')).toHaveText(region.name);
    await expect(row.getByRole('rowheader').getByRole('link')).toHaveAttribute('href', `/regions/${region.id}/`);
    const cell = row.getByRole('cell');
    if (region.returnWindow.published === false) {
      await expect(cell).toContainText(/not in our sources yet/i);
      const checkAt = region.sources.find((source) => source.id === region.returnWindow.checkAt);
      await expect(cell.getByRole('link')).toHaveAttribute('href', checkAt?.url ?? 'missing source');
    } else {
      await expect(cell).toContainText(new RegExp(`^${region.returnWindow.days} days\\b`));
      await expect(cell.getByRole('link', { name: /^source/ })).toHaveCount(1);
    }
  }
});

test('the card refund table on "When the money reaches you" shows each credit-card time from the data', async ({ page }) => {
  await page.goto('/guides/when-the-money-arrives/');
  const table = page.getByRole('table', { name: /card refund/ });
  await expect(table.locator('tbody tr')).toHaveCount(regions.length);
  const units: Record<string, string> = { 'business-days': 'business days', 'calendar-days': 'days', hours: 'hours' };
  for (const region of regions) {
    const times = region.refund.paymentTimes;
    const credit = Array.isArray(times) ? times.filter((time) => time.method === 'credit-card' && (time.scope ?? 'marketplace') === 'marketplace' && time.published !== false) : [];
    if (credit.length !== 1) continue;
    const [time] = credit;
    const figure = time?.min !== undefined && time.min !== time.max ? `${time.min}–${time.max}` : `${time?.max}`;
    const creditCell = table.locator(`tbody tr[data-region="${region.id}"] td`).first();
    await expect(creditCell, region.id).toContainText(`${figure} ${units[time?.unit ?? ''] ?? time?.unit}`);
  }
});

test('callouts are named notes and steps are a numbered list', async ({ page }) => {
  await page.goto('/guides/when-the-money-arrives/');
  await expect(page.getByRole('note', { name: 'Only for US credit cards' })).toContainText('3–5 business days');
  await page.goto('/guides/start-a-return/');
  const steps = page.locator('.steps ol');
  await expect(steps).toHaveCount(1);
  await expect(steps.locator('> li')).toHaveCount(4);
});

test('an embedded FAQ entry links to its question on /faq/', async ({ page }) => {
  await page.goto('/guides/pack-the-item/');
  const link = page.getByRole('link', { name: 'This question in the FAQ' });
  await expect(link).toHaveAttribute('href', '/faq/#what-happens-if-the-item-is-damaged-when-amazon-receives-it');
  await link.click();
  await expect(page.locator('[id="what-happens-if-the-item-is-damaged-when-amazon-receives-it"]')).toBeVisible();
});
