import { expect, test, type Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST } from './support/pages';

// Small things readers notice: words run together, repeated words, spacing, a lone card, uneven labels.
const textOf = (path: string) =>
  readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');

/** Vertical space between the bottom of one element and the top of the next. */
async function gapBetween(above: Locator, below: Locator): Promise<number> {
  const top = (await above.boundingBox())!;
  const bottom = (await below.boundingBox())!;
  return bottom.y - (top.y + top.height);
}

test('the footer reads as two sentences on every page', async ({ page }) => {
  for (const path of builtPages()) expect(textOf(path), path).not.toMatch(/Amazon\.Return/);
  await page.goto('/');
  await expect(page.getByRole('contentinfo')).toContainText('sponsored by Amazon. Return policies change');
});

test('no page repeats a bracketed place, like "(Ontario) (Ontario)"', () => {
  const repeats: string[] = [];
  for (const path of builtPages()) {
    for (const match of textOf(path).matchAll(/\(([^()]{2,40})\)\s*\(\1(?: only)?\)/g)) repeats.push(`${path}: ${match[0]}`);
  }
  expect(repeats).toEqual([]);
});

test('the contact page names each province once', async ({ page }) => {
  await page.goto('/contact/');
  const canada = page.locator('section.region-contacts#ca');
  await expect(canada).toContainText('Refund after a valid cancellation (Ontario):');
  await expect(canada).toContainText('Québec');
  await expect(canada).not.toContainText(/\((Ontario|Québec)(?: only)?\)\s*\(\1/);
});

test('US holidays are in US English: Labor Day', async ({ page, request }) => {
  await page.goto('/regions/us/');
  const holidays = page.locator('.region-section[data-section="public-holidays"]');
  await expect(holidays).toContainText('Labor Day');
  await expect(holidays).not.toContainText('Labour Day');
  const json = (await (await request.get('/holidays/us.json')).json()) as { days: Array<[string, string]> };
  expect(json.days.some(([, name]) => name === 'Labor Day')).toBe(true);
  expect(json.days.some(([, name]) => /Labour/.test(name))).toBe(false);
});

test('drop-off options keep their partners and tags apart', async ({ page }) => {
  await page.goto('/regions/us/');
  const tags = page.locator('.region-section[data-section="drop-off"] .option-tags');
  expect(await tags.count()).toBeGreaterThan(0);
  for (const text of await tags.allInnerTexts()) expect(text, text).toMatch(/^(?:[^.]+\.)(?: [^.]+\.)*$/);
  const items = await page.locator('.region-section[data-section="drop-off"] li').allTextContents();
  for (const item of items) expect(item, item).not.toMatch(/[a-z]No (box|label) needed/);
});

test('"Still stuck?" has room under the previous and next steps', async ({ page }) => {
  await page.goto('/guides/start-a-return/');
  expect(await gapBetween(page.locator('.prev-next'), page.locator('.still-stuck'))).toBeGreaterThanOrEqual(24);
});

test('the 404 page leaves room between its search box and "Or start from"', async ({ page }) => {
  await page.goto('/404.html');
  expect(await gapBetween(page.locator('main form'), page.getByText('Or start from the'))).toBeGreaterThanOrEqual(16);
});

for (const width of [1280, 900, 700]) {
  test(`the home Tools cards leave no card alone on a row at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    const list = page.getByRole('region', { name: 'Tools' }).getByRole('list');
    const listBox = (await list.boundingBox())!;
    const rows = new Map<number, Array<{ x: number; width: number }>>();
    for (const card of await list.getByRole('listitem').all()) {
      const box = (await card.boundingBox())!;
      rows.set(Math.round(box.y), [...(rows.get(Math.round(box.y)) ?? []), box]);
    }
    for (const cards of rows.values()) {
      const right = Math.max(...cards.map((card) => card.x + card.width));
      expect(right, 'each row of cards reaches the right edge').toBeGreaterThan(listBox.x + listBox.width - 2);
      if (rows.size > 1 && width > 700) expect(cards.length, 'a row of more than one card').toBeGreaterThan(1);
    }
  });
}

test('choices in every form read in the same weight', async ({ page }) => {
  const weights = new Map<string, string>();
  for (const [path, selector] of [
    ['/tools/eligibility/', '.choice label'],
    ['/tools/refund-estimator/', '.re-radio label'],
    ['/contact/', '.choice label'],
  ] as const) {
    await page.goto(path);
    const label = page.locator(selector).first();
    await expect(label).toBeVisible();
    weights.set(path, await label.evaluate((element) => getComputedStyle(element).fontWeight));
  }
  expect(new Set(weights.values())).toEqual(new Set(['400']));
});

test('without JavaScript the estimator explains itself and shows its tables instead of a dead form', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ['/tools/refund-estimator/', '/guides/when-the-money-arrives/']) {
    await page.goto(path);
    const estimator = page.locator('.refund-estimator').first();
    await expect(estimator.locator('form'), path).toBeHidden();
    const notice = estimator.getByText('The estimator needs JavaScript');
    await expect(notice, path).toBeVisible();
    const title = (await estimator.getByRole('heading').first().boundingBox())!;
    expect((await notice.boundingBox())!.y, `${path}: the explanation comes right after the title`).toBeLessThan(title.y + title.height + 60);
    expect(await estimator.locator('table').count(), path).toBeGreaterThan(0);
    await expect(estimator.locator('table').first(), path).toBeVisible();
  }
  await context.close();
});
