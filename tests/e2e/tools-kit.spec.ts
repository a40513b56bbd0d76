import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './support/pages';
import { regionFiles } from '../unit/regions/helpers';

// The three tools on the widget kit, as a reader meets them: answers that never outlive their inputs, buttons a
// script hides that stay hidden, one click that always submits, typed impossible dates, copying without a
// clipboard API, print, and every link a tool answer writes landing on a real page and id.
const NOW = new Date('2026-03-10T12:00:00Z');
const REGION_IDS = regionFiles().map((file) => file.id);
const CHECKER = '/tools/eligibility/';
const ESTIMATOR = '/tools/refund-estimator/';

async function at(page: Page, path: string): Promise<void> {
  await page.clock.setFixedTime(NOW);
  await page.goto(path);
}

const checker = (page: Page) => page.getByRole('region', { name: 'Check your item' });
const verdict = (page: Page) => page.locator('[data-live]');

test.describe('answers never outlive their inputs', () => {
  test('the checker clears its answer, link and calendar button when an answer becomes invalid', async ({ page }) => {
    await at(page, `${CHECKER}?region=us&category=standard&seller=amazon&delivered=2026-02-20&condition=opened&today=2026-03-10`);
    await expect(verdict(page).getByRole('heading')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add the last day to my calendar (.ics)' })).toBeVisible();
    await checker(page).getByLabel('Delivery date').fill('2026-03-25');
    await checker(page).getByLabel('Delivery date').blur();
    await expect(checker(page).getByRole('alert')).toContainText("Delivery date: March 25, 2026 is after today's date");
    await expect(verdict(page)).toBeEmpty();
    await expect(page.locator('[data-answer]')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Add the last day to my calendar (.ics)' })).toBeHidden();
    await expect(page.getByLabel('Link to this answer')).toBeHidden();
  });

  test('the estimator takes its timeline away when the region changes', async ({ page }) => {
    await at(page, `${ESTIMATOR}?region=us&method=debit-card&how=drop-off-label&handover=2026-03-09`);
    await expect(page.getByRole('heading', { name: 'Your refund timeline' })).toBeVisible();
    await page.getByLabel('Region', { exact: true }).selectOption('de');
    await expect(page.getByRole('heading', { name: 'Your refund timeline' })).toBeHidden();
    await expect(page.getByRole('status').first()).toHaveText('Your answers changed. Choose “Estimate the dates” for new dates.');
    expect(new URL(page.url()).search).toBe('');
  });

  test('the composer takes its message away on an invalid resubmit, and marks it out of date on a change', async ({ page }) => {
    await at(page, '/contact/?region=uk&delivered=2026-03-02#write');
    await page.getByLabel('Order number').fill('123-1234567-1234567');
    await page.getByLabel('Item', { exact: true }).fill('Kettle');
    await page.getByRole('radio', { name: /wrong item|faulty|damaged/i }).first().check();
    await page.getByRole('button', { name: 'Write my message' }).click();
    const message = page.getByLabel('The message (you can edit it before you copy it)');
    await expect(message).toBeVisible();
    await page.getByLabel('Item', { exact: true }).fill('Kettle, blue');
    await expect(page.getByText('Your answers have changed since this message was written.')).toBeVisible();
    await page.getByLabel('Delivery date').fill('1900-01-01');
    await page.getByRole('button', { name: 'Write my message' }).click();
    await expect(page.getByRole('alert', { name: 'Check these answers' })).toContainText('Delivery date: the year 1900 is out of range: use a year from 2000 to 2199.');
    await expect(message).toBeHidden();
  });
});

test('the checker hides its calendar button when the window has closed', async ({ page }) => {
  await at(page, `${CHECKER}?region=uk&category=standard&seller=seller&delivered=2025-01-10&condition=defective&today=2026-03-10`);
  await expect(verdict(page).getByRole('heading')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add the last day to my calendar (.ics)' })).toBeHidden();
});

test('one click on "Write my message" validates, even when an inline error appears on blur and moves the button', async ({ page }) => {
  await at(page, '/contact/#write');
  const name = page.getByLabel('Your name (optional)');
  await name.fill('x'.repeat(100));
  await page.getByRole('button', { name: 'Write my message' }).click();
  await expect(page.getByRole('alert', { name: 'Check these answers' })).toBeFocused();
});

test.describe('a date typed impossibly is "not a real date" in every tool', () => {
  async function type30February(page: Page, label: string | RegExp): Promise<void> {
    const input = page.getByLabel(label).first();
    await input.click();
    await input.press('Home');
    // Chromium's date control takes the digits in the order the locale shows (en-US here: mm dd yyyy).
    await page.keyboard.type('02302026');
    expect(await input.evaluate((element: HTMLInputElement) => element.validity.badInput)).toBe(true);
  }

  test('the checker', async ({ page }) => {
    await at(page, CHECKER);
    await type30February(page, 'Delivery date');
    await checker(page).getByRole('button', { name: 'Check my item' }).click();
    await expect(checker(page).getByRole('alert')).toContainText('Delivery date: that is not a real date. Check the day, the month and the year.');
  });

  test('the estimator', async ({ page }) => {
    await at(page, ESTIMATOR);
    await type30February(page, 'Hand-over date');
    await page.getByRole('button', { name: 'Estimate the dates' }).click();
    await expect(page.getByRole('alert', { name: 'Check these answers' })).toContainText('Hand-over date: that is not a real date. Check the day, the month and the year.');
  });

  test('the composer', async ({ page }) => {
    await at(page, '/contact/#write');
    await type30February(page, 'Delivery date');
    await page.getByRole('button', { name: 'Write my message' }).click();
    await expect(page.getByRole('alert', { name: 'Check these answers' })).toContainText('Delivery date: that is not a real date. Check the day, the month and the year.');
  });
});

test('the estimator refuses an issue date before the hand-over date', async ({ page }) => {
  await at(page, `${ESTIMATOR}?region=us&method=debit-card&how=drop-off-label&handover=2026-03-09&issued=2026-03-02`);
  await expect(page.getByRole('alert', { name: 'Check these answers' })).toContainText('is before the hand-over date');
  await expect(page.getByRole('heading', { name: 'Your refund timeline' })).toBeHidden();
});

test('copying says how to copy by hand where the clipboard API is missing', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  await at(page, `${ESTIMATOR}?region=us&method=debit-card&how=drop-off-label&handover=2026-03-09`);
  await page.getByRole('button', { name: 'Copy the link' }).click();
  await expect(page.locator('[data-re-copied]')).toContainText('Copy it from here: http');
  await at(page, `${CHECKER}?region=us&category=standard&seller=amazon&delivered=2026-02-20&condition=opened&today=2026-03-10`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The link is selected' })).toBeVisible();
});

test('forms and buttons do not print; the answer does', async ({ page }) => {
  await at(page, `${CHECKER}?region=us&category=standard&seller=amazon&delivered=2026-02-20&condition=opened&today=2026-03-10`);
  await expect(verdict(page).getByRole('heading')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(checker(page).locator('form')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  await expect(verdict(page).getByRole('heading')).toBeVisible();
  for (const path of [ESTIMATOR, '/contact/']) {
    await at(page, path);
    await expect(page.locator('main form')).toBeHidden();
    expect(await page.locator('main button:visible').count(), path).toBe(0);
  }
});

/** Every id in a built page (dist/…/index.html). */
function idsOf(path: string): Set<string> {
  const file = join(DIST, ...path.split('/').filter(Boolean), 'index.html');
  return new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] as string));
}

test('every in-site link a tool answer writes, for all 11 regions, lands on a built page and its #fragment', async ({ page }) => {
  test.setTimeout(300_000);
  expect(REGION_IDS).toHaveLength(11);
  const links = new Map<string, string>();
  const collect = async (scope: string, where: string) => {
    for (const href of await page.locator(scope).locator('a[href]').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href))) {
      const url = new URL(href);
      if (url.origin === new URL(page.url()).origin) links.set(url.pathname + url.hash, where);
    }
  };
  for (const region of REGION_IDS) {
    for (const [seller, condition, delivered] of [
      ['seller', 'opened', '2026-03-01'],
      ['seller', 'defective', '2024-01-10'],
      ['amazon', 'unopened', '2026-03-08'],
    ] as const) {
      await at(page, `${CHECKER}?region=${region}&category=standard&seller=${seller}&delivered=${delivered}&condition=${condition}&today=2026-03-10`);
      await expect(verdict(page).getByRole('heading')).toBeVisible();
      await collect('[data-eligibility-checker] [data-app]', `checker ${region} ${seller} ${condition}`);
    }
    await at(page, `${ESTIMATOR}?region=${region}&method=other&how=drop-off-label&handover=2026-03-09`);
    await expect(page.getByRole('heading', { name: 'Your refund timeline' })).toBeVisible();
    await collect('[data-re-result]', `estimator ${region}`);
    await at(page, `/contact/?region=${region}&delivered=2026-03-02&condition=defective#write`);
    await page.getByLabel('Order number').fill('123-1234567-1234567');
    await page.getByLabel('Item', { exact: true }).fill('Kettle');
    await page.getByRole('button', { name: 'Write my message' }).click();
    await expect(page.getByLabel('The message (you can edit it before you copy it)')).toBeVisible();
    await collect('[data-result]', `composer ${region}`);
  }
  expect(links.size).toBeGreaterThan(50);
  const broken: string[] = [];
  for (const [link, where] of links) {
    const [path = '', fragment] = link.split('#');
    let ids: Set<string>;
    try {
      ids = idsOf(path);
    } catch {
      broken.push(`${link} (no page; from ${where})`);
      continue;
    }
    if (fragment && !ids.has(decodeURIComponent(fragment))) broken.push(`${link} (no id; from ${where})`);
  }
  expect(broken).toEqual([]);
});
