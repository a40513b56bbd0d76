import { expect, test, type Page, type Request } from '@playwright/test';
import { SEARCH_DEBOUNCE_MS, SHORT_TERM_DEBOUNCE_MS } from '../../src/scripts/search-settings';

// When search downloads what (issue 14 §2): nothing before a reader shows intent, Pagefind and the dialog's code
// once they do (on the home page's search box: Pagefind, then the index chunks of the words typed), no filter data for
// the dialog (it shows no filters), and everything at once on /search/.

function requestsTo(page: Page, pattern: RegExp): Request[] {
  const seen: Request[] = [];
  page.on('request', (request) => {
    if (pattern.test(new URL(request.url()).pathname)) seen.push(request);
  });
  return seen;
}

const PAGEFIND = /^\/pagefind\//;
const ARTICLE = '/guides/pack-the-item/';

test('an article page downloads nothing of search until the reader heads for it', async ({ page }) => {
  const pagefind = requestsTo(page, PAGEFIND);
  const scripts = requestsTo(page, /^\/_astro\/.*\.js$/);
  await page.goto(ARTICLE, { waitUntil: 'networkidle' });
  expect(pagefind).toEqual([]);
  // The header's own launcher, and nothing else of search.
  expect(scripts.map((request) => new URL(request.url()).pathname).filter((path) => /search|pagefind/i.test(path) && !/SearchButton/.test(path))).toEqual([]);

  await page.getByRole('link', { name: 'Search' }).first().hover();
  await expect.poll(() => pagefind.map((request) => new URL(request.url()).pathname)).toContain('/pagefind/pagefind.js');
  await expect.poll(() => scripts.some((request) => /search-modal/.test(request.url()))).toBe(true);
});

test('focusing the search button by keyboard starts loading search too', async ({ page }) => {
  const pagefind = requestsTo(page, PAGEFIND);
  await page.goto(ARTICLE, { waitUntil: 'networkidle' });
  expect(pagefind).toEqual([]);
  await page.getByRole('link', { name: 'Search' }).first().focus();
  await expect.poll(() => pagefind.map((request) => new URL(request.url()).pathname)).toContain('/pagefind/pagefind.js');
});

test("the home page's search box starts loading search on focus, and preloads the words typed into it", async ({ page }) => {
  const pagefind = requestsTo(page, PAGEFIND);
  await page.goto('/', { waitUntil: 'networkidle' });
  expect(pagefind).toEqual([]);
  const box = page.getByRole('searchbox', { name: 'Search returns and refunds' });
  await box.focus();
  await expect.poll(() => pagefind.map((request) => new URL(request.url()).pathname)).toContain('/pagefind/pagefind.js');
  await expect.poll(() => pagefind.some((request) => /\.pf_meta$/.test(new URL(request.url()).pathname))).toBe(true);
  expect(pagefind.some((request) => new URL(request.url()).pathname.startsWith('/pagefind/index/'))).toBe(false);
  // The index chunk of a typed word arrives before the form is sent.
  await box.pressSequentially('refund');
  await expect.poll(() => pagefind.some((request) => new URL(request.url()).pathname.startsWith('/pagefind/index/'))).toBe(true);
  await expect(page).toHaveURL('/');
});

test("the pointer on the home page's search box starts loading search too", async ({ page }) => {
  const pagefind = requestsTo(page, PAGEFIND);
  await page.goto('/', { waitUntil: 'networkidle' });
  expect(pagefind).toEqual([]);
  await page.getByRole('searchbox', { name: 'Search returns and refunds' }).hover();
  await expect.poll(() => pagefind.map((request) => new URL(request.url()).pathname)).toContain('/pagefind/pagefind.js');
});

test('the search dialog finds results without downloading any filter data', async ({ page }) => {
  const filterData = requestsTo(page, /^\/pagefind\/filter\//);
  const index = requestsTo(page, /^\/pagefind\/index\//);
  await page.goto(ARTICLE, { waitUntil: 'networkidle' });
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('refund');
  await expect(dialog.locator('.pf-result-link').first()).toBeVisible();
  expect(index.length).toBeGreaterThan(0);
  // Clearing the box shows no results and must not fetch the filters either.
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await expect(dialog.locator('.pf-result-link')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  expect(filterData).toEqual([]);
});

test('the search page and the dialog on it share one Pagefind: its wasm and metadata download once', async ({ page }) => {
  const wasm = requestsTo(page, /^\/pagefind\/wasm\..*\.pagefind$/);
  const meta = requestsTo(page, /^\/pagefind\/.*\.pf_meta$/);
  await page.goto('/search/?q=refund');
  await expect(page.locator('pagefind-results .pf-result-link').first()).toBeVisible();
  await page.keyboard.press('/');
  await expect(page.getByRole('dialog').getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('label');
  await expect(page.getByRole('dialog').locator('.pf-result-link').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(wasm).toHaveLength(1);
  expect(meta).toHaveLength(1);
});

test('/search/ loads search at once, with the filters', async ({ page }) => {
  const pagefind = requestsTo(page, PAGEFIND);
  await page.goto('/search/');
  await expect(page.getByRole('checkbox', { name: /Japan/ })).toBeVisible();
  const paths = pagefind.map((request) => new URL(request.url()).pathname);
  expect(paths).toContain('/pagefind/pagefind.js');
  expect(paths.some((path) => path.startsWith('/pagefind/filter/'))).toBe(true);
});

test('a cold search downloads the excerpts of the results on screen, not of every result', async ({ page }) => {
  const fragments = requestsTo(page, /^\/pagefind\/fragment\//);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/search/?q=refund');
  await expect(page.locator('pagefind-results .pf-result-link').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const total = Number(/(\d+) results/.exec((await page.locator('pagefind-summary').textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(20);
  expect(fragments.length).toBeGreaterThan(0);
  expect(fragments.length).toBeLessThan(10);
});

test('a letter or two waits longer before it is searched, so a reader still typing downloads no index chunk for it', async ({ page }) => {
  const chunks = requestsTo(page, /^\/pagefind\/index\//);
  // The page's own clock, so that "not yet" is not a race with a busy machine: it runs while the page loads and
  // then stands still, moving only by runFor.
  const loadedAt = Date.now();
  await page.clock.install({ time: loadedAt });
  await page.goto('/search/', { waitUntil: 'networkidle' });
  await page.clock.pauseAt(loadedAt + 60_000);
  const searched = () => page.evaluate(() => new URLSearchParams(window.location.search).get('q'));

  await page.locator('.search-page input[type="search"]').pressSequentially('r');
  // Past the box's own debounce, when a word of three letters would be searched, and just short of SHORT_TERM_DEBOUNCE_MS.
  await page.clock.runFor(SHORT_TERM_DEBOUNCE_MS - 1);
  expect(SHORT_TERM_DEBOUNCE_MS - 1).toBeGreaterThan(SEARCH_DEBOUNCE_MS);
  expect(await searched()).toBeNull();
  expect(chunks).toEqual([]);
  // A reader who stops there still gets results.
  await page.clock.runFor(1);
  expect(await searched()).toBe('r');
  await page.clock.resume();
  await expect(page.locator('.search-page .pf-result-link[href]').first()).toBeVisible();
  expect(chunks.length).toBeGreaterThan(0);
});
