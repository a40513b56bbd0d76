import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { longestLine } from './support/lineLength';

// The FAQ reads as a list of questions grouped by topic; each opens in place, and a link to one question opens it.
const ids = readdirSync(join(process.cwd(), 'content/faq'))
  .filter((name) => /\.mdx?$/.test(name))
  .map((name) => name.replace(/\.mdx?$/, ''));

test('questions are grouped by topic, and the topic index jumps to each group', async ({ page }) => {
  await page.goto('/faq/');
  const index = page.getByRole('navigation', { name: 'Jump to a topic' });
  const links = index.getByRole('link');
  expect(await links.count()).toBeGreaterThan(3);
  let listed = 0;
  for (const link of await links.all()) {
    const target = ((await link.getAttribute('href')) ?? '').slice(1);
    const section = page.locator('section.faq-topic', { has: page.locator(`h2[id="${target}"]`) });
    await expect(section, target).toHaveCount(1);
    const count = Number(/\((\d+)\)/.exec(await link.innerText())?.[1]);
    await expect(section.locator('details.faq-item')).toHaveCount(count);
    listed += count;
  }
  expect(listed).toBe(ids.length);
  await links.nth(3).click();
  const target = ((await links.nth(3).getAttribute('href')) ?? '').slice(1);
  await expect(page.locator(`h2[id="${target}"]`)).toBeInViewport();
});

test('answers start closed and open in place', async ({ page }) => {
  await page.goto('/faq/');
  const items = page.locator('details.faq-item');
  await expect(items).toHaveCount(ids.length);
  await expect(page.locator('details.faq-item[open]')).toHaveCount(0);
  const first = items.first();
  await expect(first.locator('.faq-answer')).toBeHidden();
  await first.locator('summary').click();
  await expect(first.locator('.faq-answer')).toBeVisible();
  await expect(first.locator('.faq-answer a', { hasText: /./ }).last()).toBeVisible();
});

test('a link to any question lands on it with its answer open', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/faq/#${ids[ids.length - 1]}`);
  for (const id of [...ids].reverse()) {
    if (id !== ids[ids.length - 1]) await page.evaluate((hash) => (location.hash = hash), id);
    const question = page.locator(`[id="${id}"]`);
    await expect(question, id).toBeInViewport();
    const item = page.locator('details.faq-item', { has: question });
    await expect(item, id).toHaveAttribute('open');
    await expect(item.locator('.faq-answer p').first(), id).toBeVisible();
  }
});

test('a question linked from another page opens on arrival', async ({ page }) => {
  await page.goto('/');
  const popular = page.getByRole('region', { name: 'Popular questions' }).getByRole('link').first();
  const href = (await popular.getAttribute('href')) ?? '';
  await popular.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.?]/g, '\\$&')}$`));
  const item = page.locator('details.faq-item', { has: page.locator(`[id="${href.split('#')[1]}"]`) });
  await expect(item).toHaveAttribute('open');
  await expect(item.locator('.faq-answer')).toBeInViewport();
});

test('"Show all answers" opens every answer, and then hides them again', async ({ page }) => {
  await page.goto('/faq/');
  const toggle = page.getByRole('button', { name: `Show all ${ids.length} answers` });
  await toggle.click();
  await expect(page.locator('details.faq-item:not([open])')).toHaveCount(0);
  await page.getByRole('button', { name: 'Hide all answers' }).click();
  await expect(page.locator('details.faq-item[open]')).toHaveCount(0);
  await expect(toggle).toBeVisible();
});

test('answers and the change log keep to at most 75 characters a line', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/faq/');
  await page.getByRole('button', { name: /Show all/ }).click();
  const faq = await longestLine(page.locator('.faq-answer p, .faq .lede'));
  expect(faq.length, faq.line).toBeGreaterThan(40);
  expect(faq.length, faq.line).toBeLessThanOrEqual(75);
  await page.goto('/changes/');
  const changes = await longestLine(page.locator('.change-log p, main .lede'));
  expect(changes.length, changes.line).toBeGreaterThan(40);
  expect(changes.length, changes.line).toBeLessThanOrEqual(75);
});

test('without JavaScript every question is there, with its anchor, and opens with a click', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/faq/');
  for (const id of ids) await expect(page.locator(`details.faq-item h3[id="${id}"]`), id).toHaveCount(1);
  await expect(page.getByRole('button', { name: /Show all/ })).toBeHidden();
  const item = page.locator('details.faq-item').nth(2);
  await item.locator('summary').click();
  await expect(item.locator('.faq-answer')).toBeVisible();
  await context.close();
});
