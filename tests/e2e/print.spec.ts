import { expect, test, type Page } from '@playwright/test';

// Printing on A4 (15 mm margins, print.css): the content box is 180 mm wide, 680 CSS px.
const A4_CONTENT = Math.floor(((210 - 2 * 15) / 25.4) * 96);
const PAGES = [
  '/guides/when-the-money-arrives/',
  '/guides/check-eligibility/',
  '/guides/legal-rights/',
  '/regions/',
  '/regions/us/',
  '/regions/de/',
  '/regions/jp/',
  '/faq/',
  '/tools/eligibility/',
  '/tools/refund-estimator/',
  '/contact/',
  '/changes/',
];

async function printed(page: Page, path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<void> {
  await page.setViewportSize({ width: A4_CONTENT, height: 1000 });
  await page.emulateMedia({ colorScheme });
  await page.goto(path);
  await page.emulateMedia({ media: 'print', colorScheme });
}

/** Tables (or their cells) that reach past the printed page, and the page's own overflow. */
const overflow = (page: Page) =>
  page.evaluate((width) => {
    const wide: string[] = [];
    for (const [index, table] of [...document.querySelectorAll('main table')].entries()) {
      if (table.getClientRects().length === 0) continue;
      const box = table.getBoundingClientRect();
      const cells = [...table.querySelectorAll('th, td')].filter((cell) => cell.getBoundingClientRect().right > width + 0.5);
      if (box.right > width + 0.5 || cells.length > 0 || table.scrollWidth > table.clientWidth + 1) {
        wide.push(`table ${index + 1} ("${(table.querySelector('caption, th')?.textContent ?? '').trim().slice(0, 40)}"): ${Math.round(box.width)} px, ${cells.length} cells past the edge`);
      }
    }
    return { wide, page: document.documentElement.scrollWidth - width };
  }, A4_CONTENT);

for (const path of PAGES) {
  test(`${path} prints on A4 with every table inside the page and no form control`, async ({ page }) => {
    await printed(page, path);
    const { wide, page: pageOverflow } = await overflow(page);
    expect(wide).toEqual([]);
    expect(pageOverflow).toBeLessThanOrEqual(0);
    const controls = await page.locator('main :is(input, select, textarea, button)').evaluateAll((elements) =>
      elements.filter((element) => element.getClientRects().length > 0).map((element) => element.outerHTML.slice(0, 80)),
    );
    expect(controls).toEqual([]);
    const addressesInCells = await page.locator('main :is(td, th)').evaluateAll((cells) =>
      cells.filter((cell) => /https?:\/\//.test((cell as HTMLElement).innerText)).map((cell) => (cell as HTMLElement).innerText.slice(0, 80)),
    );
    expect(addressesInCells).toEqual([]);
  });
}

test('the card refund table keeps its debit-card column, and each source is a note listed after the article', async ({ page }) => {
  await printed(page, '/guides/when-the-money-arrives/');
  const table = page.locator('main table', { has: page.getByRole('columnheader', { name: /debit card/i }) }).first();
  const debit = table.getByRole('columnheader', { name: /debit card/i });
  await expect(debit).toBeVisible();
  expect((await debit.boundingBox())!.x + (await debit.boundingBox())!.width).toBeLessThanOrEqual(A4_CONTENT);

  const sources = table.locator('a.fact-source');
  expect(await sources.count()).toBeGreaterThan(3);
  const notes = page.locator('.print-notes');
  await expect(notes).toBeVisible();
  for (const link of await sources.all()) {
    const number = await link.getAttribute('data-note');
    expect(number).toMatch(/^\d+$/);
    const after = await link.evaluate((element) => getComputedStyle(element, '::after').content);
    expect(after).toContain(`[${number}]`);
    const href = (await link.getAttribute('href')) ?? '';
    // Either the article's own Sources list holds the address (printed after each entry), or the notes list does.
    const inSources = page.locator(`.article-meta a[data-note="${number}"]`);
    if ((await inSources.count()) > 0) {
      await expect(inSources.first(), `note ${number}`).toBeVisible();
      await expect(inSources.first()).toHaveAttribute('href', href);
      expect(await inSources.first().evaluate((element) => getComputedStyle(element, '::after').content)).toContain(href.slice(0, 30));
    } else {
      const listed = page.locator(`.print-notes li[value="${number}"]`);
      await expect(listed, `note ${number}`).toBeVisible();
      await expect(listed).toContainText(href);
    }
  }
});

test('links within the site print as their text, links to other sites as a note number', async ({ page }) => {
  await printed(page, '/regions/us/');
  const contents = await page.locator('main a').evaluateAll((links) =>
    links
      .filter((link) => link.getClientRects().length > 0)
      .map((link) => ({
        href: link.getAttribute('href') ?? '',
        note: link.getAttribute('data-note'),
        inSources: link.closest('.article-meta') !== null,
        after: getComputedStyle(link, '::after').content,
      })),
  );
  const internal = contents.filter((link) => link.href.startsWith('/') || link.href.startsWith('#'));
  expect(internal.length).toBeGreaterThan(2);
  for (const link of internal) expect(['none', 'normal'], link.href).toContain(link.after);
  const external = contents.filter((link) => /^https?:/.test(link.href) && !link.inSources);
  expect(external.length).toBeGreaterThan(5);
  for (const link of external) expect(link.after, link.href).toContain(`[${link.note}]`);
  // The Sources list prints each address after its title.
  const sources = contents.filter((link) => link.inSources);
  expect(sources.length).toBeGreaterThan(3);
  for (const link of sources) expect(link.after, link.href).toContain(link.href);
});

test('on screen the notes stay out of sight, and the links look as before', async ({ page }) => {
  await page.goto('/guides/when-the-money-arrives/');
  await expect(page.locator('.print-notes')).toBeHidden();
  const after = await page.locator('main a[data-note]').first().evaluate((element) => getComputedStyle(element, '::after').content);
  expect(['none', 'normal']).toContain(after);
});

test('the dark theme prints black on white', async ({ page }) => {
  await printed(page, '/regions/us/', 'dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const colours = await page.evaluate(() => ({
    body: getComputedStyle(document.body).backgroundColor,
    text: getComputedStyle(document.body).color,
    glance: getComputedStyle(document.querySelector('.region-section') ?? document.body).color,
  }));
  expect(colours).toEqual({ body: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)', glance: 'rgb(0, 0, 0)' });
});

test('the FAQ prints every answer, open or not', async ({ page }) => {
  await printed(page, '/faq/');
  const answers = page.locator('details.faq-item .faq-answer > p:first-child');
  expect(await answers.count()).toBeGreaterThan(40);
  for (const answer of (await answers.all()).slice(0, 50)) await expect(answer).toBeVisible();
});

test("an estimator answer prints, without the form or the answer's buttons", async ({ page }) => {
  await page.setViewportSize({ width: A4_CONTENT, height: 1000 });
  await page.goto('/tools/refund-estimator/?region=us&method=credit-card&how=self-ship&handover=2026-11-25');
  await expect(page.locator('[data-re-result]')).toBeVisible();
  const buttons = page.locator('[data-re-result] button');
  await expect(buttons).toHaveCount(2);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.re-timeline')).toBeVisible();
  await expect(page.locator('.re-form')).toBeHidden();
  for (const button of await buttons.all()) await expect(button).toBeHidden();
});

test('a calculator with no answer yet does not print at all', async ({ page }) => {
  await printed(page, '/guides/when-the-money-arrives/');
  await expect(page.locator('.refund-estimator')).toBeHidden();
  await printed(page, '/tools/eligibility/');
  await expect(page.locator('.eligibility')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
