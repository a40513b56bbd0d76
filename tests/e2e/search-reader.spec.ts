import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// The search page and dialog as a reader meets them: on a phone, in both themes, with a common word, with filters
// alone, with nothing typed and with a word that matches nothing (issue 13 "Search", issue 14 §2).
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_22_AA);
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

async function resultsShown(page: Page) {
  await expect(page.locator('pagefind-results .pf-result-link').first()).toBeVisible();
}

for (const width of [320, 390]) {
  test(`/search/?q=refund fits a ${width} px phone without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    await page.goto('/search/?q=refund');
    await resultsShown(page);
    await expect(page.getByRole('checkbox').first()).toBeVisible();
    const widths = await page.evaluate(() => ({ document: document.documentElement.scrollWidth, viewport: window.innerWidth }));
    expect(widths.document).toBeLessThanOrEqual(widths.viewport);
    for (const selector of ['pagefind-results', 'pagefind-filter-pane', 'pagefind-input']) {
      const box = await page.locator(selector).boundingBox();
      expect(box && box.x + box.width, selector).toBeLessThanOrEqual(width);
    }
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`search results and filters use the site's colours and type in the ${theme} theme, with no axe violation`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/search/?q=refund');
    await resultsShown(page);
    await expect(page.getByRole('checkbox').first()).toBeVisible();
    const styles = await page.evaluate(() => {
      const body = getComputedStyle(document.body);
      const card = getComputedStyle(document.querySelector('.pf-result-card')!);
      const title = getComputedStyle(document.querySelector('.pf-result-title')!);
      const pane = getComputedStyle(document.querySelector('.pf-filter-pane')!);
      return { bodyBg: body.backgroundColor, bodyFont: body.fontFamily, bodySize: body.fontSize, cardBg: card.backgroundColor, cardText: card.color, titleFont: title.fontFamily, titleSize: parseFloat(title.fontSize), paneText: pane.color, bodyText: body.color };
    });
    expect(styles.cardBg).toBe(styles.bodyBg);
    expect(styles.titleFont).toBe(styles.bodyFont);
    expect(styles.titleSize).toBeGreaterThanOrEqual(parseFloat(styles.bodySize));
    expect(styles.paneText).toBe(styles.bodyText);
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`the search dialog has no axe violation and the site's colours in the ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('refund');
    await expect(dialog.locator('.pf-result-link').first()).toBeVisible();
    const colours = await page.evaluate(() => ({
      body: getComputedStyle(document.body).backgroundColor,
      dialog: getComputedStyle(document.querySelector('dialog.pf-modal')!).backgroundColor,
    }));
    expect(colours.dialog).toBe(colours.body);
    expect(await axeViolations(page, 'dialog')).toEqual([]);
  });
}

test('a common word renders a page of results, without endless placeholder animations, and more on request', async ({ page }) => {
  await page.goto('/search/?q=refund');
  await resultsShown(page);
  const summary = page.locator('pagefind-summary');
  await expect(summary).toContainText(/\d+ results/);
  const total = Number(/(\d+) results/.exec((await summary.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(20);
  const items = page.locator('pagefind-results .pf-results > li');
  expect(await items.count()).toBeLessThanOrEqual(20);
  // No placeholder keeps an infinite shimmer running while the page is on screen.
  const running = await page.evaluate(() => document.getAnimations().filter((animation) => animation.effect?.getTiming().iterations === Infinity).length);
  expect(running).toBe(0);

  const more = page.getByRole('button', { name: /more results/i });
  await expect(more).toBeVisible();
  await more.click();
  await expect(items).toHaveCount(Math.min(total, 40));
  await expect(page.locator('pagefind-results .pf-results > li').nth(20).locator('.pf-result-link')).toBeFocused();
});

test('the results area and the filter pane keep their room before the results arrive', async ({ page }) => {
  await page.goto('/search/?q=refund');
  const reserved = await page.evaluate(() => ({
    results: parseFloat(getComputedStyle(document.querySelector('.search-results')!).minHeight),
    filters: parseFloat(getComputedStyle(document.querySelector('pagefind-filter-pane')!).minHeight),
  }));
  expect(reserved.results).toBeGreaterThan(200);
  expect(reserved.filters).toBeGreaterThan(200);
});

test('a filter-only link lists the pages of that filter', async ({ page }) => {
  await page.goto('/search/?region=Japan');
  await expect(page.getByRole('checkbox', { name: /Japan/ })).toBeChecked();
  await resultsShown(page);
  await expect(page.locator('pagefind-results .pf-result-link[href^="/regions/jp/"]').first()).toBeVisible();
  await expect(page.locator('pagefind-summary')).toContainText(/\d+ results?/);
});

test('the search page with nothing typed offers starting points, and hides them once a search runs', async ({ page }) => {
  await page.goto('/search/');
  const start = page.locator('.search-start');
  await expect(start).toBeVisible();
  for (const href of ['/guides/start-a-return/', '/regions/jp/', '/tools/eligibility/', '/faq/']) {
    await expect(start.locator(`a[href="${href}"]`)).toBeVisible();
  }
  await expect(page.getByRole('checkbox').first()).toBeVisible();
  await page.getByRole('searchbox').fill('refund');
  await resultsShown(page);
  await expect(start).toBeHidden();
});

test('a word that matches nothing says so and suggests where to go', async ({ page }) => {
  // "zzzzqqq" once listed two guides: Pagefind matched the one-letter keyword "z" (of "A to z claim") that it starts with.
  await page.goto('/search/?q=zzzzqqq');
  await expect(page.locator('pagefind-summary')).toContainText('No results for zzzzqqq');
  await expect(page.locator('pagefind-results .pf-result')).toHaveCount(0);
  const start = page.locator('.search-start');
  await expect(start).toBeVisible();
  await expect(start.getByRole('link', { name: /FAQ/i }).first()).toBeVisible();
});

test('from the search box, the keyboard reaches the filters before any result', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/search/?q=refund');
  await resultsShown(page);
  await page.getByRole('searchbox').focus();
  const firstResult = page.locator('pagefind-results .pf-result-link').first();
  // Tab from the box: the Clear button, then the skip link, before the first result.
  let reached = '';
  for (let tab = 0; tab < 3 && !reached; tab++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => (document.activeElement?.matches('.search-skip') ? 'skip' : document.activeElement?.matches('.pf-result-link') ? 'result' : ''));
  }
  expect(reached).toBe('skip');
  await expect(page.locator('.search-skip')).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.locator('pagefind-filter-pane input[type="checkbox"]').first()).toBeFocused();
  await expect(firstResult).not.toBeFocused();
  // Picking a region with the keyboard keeps the other regions there to pick.
  const japan = page.getByRole('checkbox', { name: /Japan/ });
  await japan.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/region=Japan/);
  await expect(page.getByRole('checkbox', { name: /Germany/ })).toBeVisible();
});

test('in the search dialog, the link to the filters comes before the results', async ({ page }) => {
  await page.goto('/guides/pack-the-item/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('refund');
  await expect(dialog.locator('.pf-result-link').first()).toBeVisible();
  let reached = '';
  for (let tab = 0; tab < 3 && !reached; tab++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => (document.activeElement?.matches('.search-filters-link') ? 'filters' : document.activeElement?.matches('.pf-result-link') ? 'result' : ''));
  }
  expect(reached).toBe('filters');
  await expect(dialog.getByRole('link', { name: 'Filter by region, topic or type' })).toHaveAttribute('href', '/search/?q=refund');
});

test('picking one region keeps the other regions in view', async ({ page }) => {
  await page.goto('/search/?q=refund');
  await resultsShown(page);
  await page.getByRole('checkbox', { name: /Japan/ }).check();
  await expect(page).toHaveURL(/region=Japan/);
  await expect(page.getByRole('checkbox', { name: /Germany/ })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /United Kingdom/ })).toBeVisible();
});
