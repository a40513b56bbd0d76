import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './support/pages';

// What a reader sees on a phone: the page's purpose first, a header that does not eat the screen, nothing that
// scrolls sideways, and wide tables that say they scroll.
const PHONE = { width: 390, height: 844 };
const pages = builtPages();
const articles = pages.filter((path) => /^\/(guides|regions)\/[^/]+\/$/.test(path) && !path.startsWith('/guides/topics/'));
const TEMPLATES = ['/', '/guides/', '/guides/start-a-return/', '/guides/when-the-money-arrives/', '/regions/', '/regions/us/', '/regions/jp/', '/faq/', '/tools/', '/tools/eligibility/', '/tools/refund-estimator/', '/contact/', '/changes/', '/about/', '/404.html'];

/** How far the page scrolls sideways: 0 when it fits the viewport. */
const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('the template list covers pages that exist', () => {
  for (const path of TEMPLATES) expect(pages, path).toContain(path);
  expect(articles.length).toBeGreaterThan(20);
});

test.describe('on a 390 × 844 phone', () => {
  test.use({ viewport: PHONE });

  // One test per page: each loads and measures on its own, and a failure names its page.
  for (const path of articles) {
    test(`${path} shows its h1 and lede in the first screen, before the contents list`, async ({ page }) => {
      await page.goto(path);
      const h1 = (await page.locator('h1').boundingBox())!;
      const lede = (await page.locator('.lede').first().boundingBox())!;
      expect(h1.y + h1.height, 'the h1 ends within the first screen').toBeLessThanOrEqual(PHONE.height);
      expect(lede.y, 'the lede starts within the first screen').toBeLessThanOrEqual(PHONE.height);
      const toc = page.locator('.toc');
      if ((await toc.count()) > 0) expect((await toc.boundingBox())!.y, 'the contents list comes after the lede').toBeGreaterThan(lede.y);
    });
  }

  test('the contents list starts collapsed and opens to its links', async ({ page }) => {
    await page.goto('/regions/us/');
    const toc = page.locator('details.toc');
    await expect(toc).not.toHaveAttribute('open');
    await expect(toc.getByRole('link', { name: 'Refund timing' })).toBeHidden();
    await toc.locator('summary').click();
    await toc.getByRole('link', { name: 'Refund timing' }).click();
    await expect(page).toHaveURL(/#refund-timing$/);
    await expect(page.locator('h2#refund-timing')).toBeInViewport();
  });

  test('the home search shows its whole placeholder', async ({ page }) => {
    await page.goto('/');
    const input = page.getByRole('searchbox', { name: 'Search returns and refunds' });
    const { text, room } = await input.evaluate((element) => {
      const field = element as HTMLInputElement;
      const style = getComputedStyle(field);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const content = field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { text: context.measureText(field.placeholder).width, room: content };
    });
    expect(text).toBeGreaterThan(0);
    expect(text).toBeLessThanOrEqual(room);
  });

  test('wide tables keep their first column in view and say that they scroll', async ({ page }) => {
    for (const [path, selector] of [['/regions/', '.compare-table'], ['/regions/us/', '.category-table']] as const) {
      await page.goto(path);
      const box = page.locator('.table-scroll', { has: page.locator(selector) });
      await box.scrollIntoViewIfNeeded();
      expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth), `${path}: the table is wider than the phone`).toBe(true);
      await expect(box.locator('.scroll-hint'), path).toBeVisible();
      const firstCell = box.locator('tbody tr').first().locator('th').first();
      const before = await firstCell.boundingBox();
      await box.evaluate((element) => element.scrollBy({ left: 300 }));
      await expect.poll(async () => (await firstCell.boundingBox())?.x, { message: `${path}: the first column stays put` }).toBe(before?.x);
      const secondCell = box.locator('tbody tr').first().locator('td').first();
      expect((await secondCell.boundingBox())!.x, `${path}: the other columns scroll`).toBeLessThan(before!.x + before!.width);
    }
  });

  test('a table that fits says nothing about scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/regions/us/');
    const box = page.locator('.table-scroll', { has: page.locator('.payment-table') });
    expect(await box.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    await expect(box.locator('.scroll-hint')).toBeHidden();
  });

  test('the checker wraps a long choice of "What you bought" instead of cutting it off', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('/tools/eligibility/');
    await page.getByLabel('Amazon site').selectOption('de');
    const select = page.getByLabel('What you bought');
    // The region's categories arrive with its data (fetched when the region is chosen).
    const longestChoice = async () => (await select.locator('option').allTextContents()).reduce((a, b) => (b.length > a.length ? b : a));
    await expect.poll(async () => (await longestChoice()).length).toBeGreaterThan(35);
    const longest = await longestChoice();
    const oneLine = (await select.boundingBox())!.height;
    await select.selectOption({ label: longest });
    const { height, x, width } = (await select.boundingBox())!;
    expect(height, 'the select grows to a second line').toBeGreaterThan(oneLine * 1.3);
    expect(x + width).toBeLessThanOrEqual(320);
  });
});

test.describe('the header', () => {
  for (const width of [320, 390, 768, 1024, 1280]) {
    test(`fits in at most two rows at ${width} px, with every link on screen`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/regions/us/');
      const header = page.locator('header.site-header');
      const controls = header.locator('a, button');
      const rows = new Set<number>();
      for (const control of await controls.all()) {
        if (!(await control.isVisible())) continue;
        const box = (await control.boundingBox())!;
        expect(box.x, await control.innerText()).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, await control.innerText()).toBeLessThanOrEqual(width);
        rows.add(Math.round(box.y + box.height / 2));
      }
      // Items on one row share a centre line within a few pixels.
      const lines = [...rows].sort((a, b) => a - b).filter((y, index, all) => index === 0 || y - all[index - 1]! > 6);
      expect(lines.length).toBeLessThanOrEqual(width >= 1024 ? 1 : 2);
      expect((await header.boundingBox())!.height).toBeLessThanOrEqual(width >= 1024 ? 70 : 110);
      for (const name of ['Return steps', 'Regions', 'FAQ', 'Tools', 'Search']) await expect(header.getByRole('link', { name, exact: true })).toBeVisible();
      await expect(header.getByRole('button', { name: /theme/ })).toBeVisible();
    });
  }
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of TEMPLATES) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      expect(await sidewaysOverflow(page)).toBe(0);
    });
  }
});

test('on a wide screen the contents list is open beside the text', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/guides/start-a-return/');
  const toc = page.locator('details.toc');
  await expect(toc).toHaveAttribute('open');
  const tocBox = (await toc.boundingBox())!;
  const textBox = (await page.locator('.article-body').boundingBox())!;
  expect(tocBox.x).toBeGreaterThan(textBox.x + textBox.width);
  await expect(toc.getByRole('link').first()).toBeVisible();
});
