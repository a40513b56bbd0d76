// Search as a reader meets it, measured in Chromium: from the first key of a query to the first result link in the
// DOM (the debounce included), cold (a fresh browser profile: nothing cached, nothing loaded) and warm (a second query
// in the same page), from the search page and from the header dialog; and what one cold query downloads.
//
// Bytes count every response the search needs beyond what the page itself loads (its HTML, and the scripts and
// styles every page carries): Pagefind's files under /pagefind/ and the search interface's own code and styles.
// Text files count at their gzip size, as any host compresses them; Pagefind's index files arrive compressed already.
import { gzipSync } from 'node:zlib';
import { median } from './figures.mjs';

export const RUNS = 5;
export const COLD_TERM = 'refund';
export const WARM_TERM = 'label';

/** Installed before any page script: stamps the first key of a query, and the moment a result link appears. */
function instrument() {
  const bench = { armed: false, key: 0, first: 0, openKey: 0, focused: 0 };
  Object.defineProperty(window, '__bench', { value: bench });
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === '/' && !bench.openKey) bench.openKey = performance.now();
      else if (bench.armed && !bench.key) bench.key = performance.now();
    },
    true,
  );
  document.addEventListener(
    'focusin',
    (event) => {
      if (bench.openKey && !bench.focused && event.target instanceof HTMLInputElement && event.target.closest('dialog')) bench.focused = performance.now();
    },
    true,
  );
  new MutationObserver(() => {
    if (bench.key && !bench.first && document.querySelector('.pf-result-link[href]')) bench.first = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['href'] });
}

function byteCounter(page, isPageAsset) {
  const counted = [];
  let active = false;
  page.on('response', (response) => {
    if (!active) return;
    const request = response.request();
    const url = new URL(response.url());
    if (request.resourceType() === 'document' || isPageAsset(url.pathname)) return;
    counted.push(
      response.body().then(
        (body) => {
          const text = /\.(js|mjs|json|css|html|svg)$/.test(url.pathname);
          const bytes = text ? gzipSync(body).length : body.length;
          const kind = url.pathname.includes('/pagefind/')
            ? (/\.pf_(\w+)$/.exec(url.pathname)?.[1] ?? (url.pathname.endsWith('.pagefind') ? 'wasm' : url.pathname.endsWith('.js') ? 'pagefind js' : 'pagefind other'))
            : request.resourceType() === 'stylesheet' || url.pathname.endsWith('.css')
              ? 'search css'
              : 'search js';
          return { kind, bytes };
        },
        () => ({ kind: 'aborted', bytes: 0 }),
      ),
    );
  });
  return {
    start() {
      active = true;
    },
    async total() {
      active = false;
      const parts = await Promise.all(counted);
      const byKind = {};
      for (const { kind, bytes } of parts) byKind[kind] = (byKind[kind] ?? 0) + bytes;
      const all = parts.reduce((sum, part) => sum + part.bytes, 0);
      const pagefind = parts.filter((part) => !part.kind.startsWith('search')).reduce((sum, part) => sum + part.bytes, 0);
      return { all, pagefind, byKind };
    },
  };
}

async function searchInput(page, mode) {
  if (mode === 'dialog') {
    await page.keyboard.press('/');
    await page.waitForFunction(() => document.activeElement instanceof HTMLInputElement && document.activeElement.closest('dialog[open]') !== null);
    return;
  }
  const input = page.locator('main input[type="search"]').first();
  await input.waitFor();
  await input.focus();
}

async function timeQuery(page, term) {
  await page.evaluate(() => {
    Object.assign(window.__bench, { armed: true, key: 0, first: 0 });
  });
  await page.keyboard.type(term);
  await page.waitForFunction(() => window.__bench.first > 0, undefined, { timeout: 60_000 });
  return page.evaluate(() => window.__bench.first - window.__bench.key);
}

async function clearQuery(page) {
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await page.waitForFunction(() => document.querySelector('.pf-result-link[href]') === null, undefined, { timeout: 10_000 });
}

/** One reader: a fresh profile opens `startPath`, searches COLD_TERM, clears it and searches WARM_TERM. */
async function oneReader(browser, base, mode, startPath, isPageAsset) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(instrument);
    const bytes = byteCounter(page, isPageAsset);
    if (mode === 'page') bytes.start();
    await page.goto(`${base}${startPath}`, { waitUntil: 'load' });
    if (mode === 'dialog') {
      await page.waitForLoadState('networkidle');
      bytes.start();
    }
    await searchInput(page, mode);
    const openMs = mode === 'dialog' ? await page.evaluate(() => window.__bench.focused - window.__bench.openKey) : undefined;
    const coldMs = await timeQuery(page, COLD_TERM);
    await page.waitForLoadState('networkidle');
    const cold = await bytes.total();
    await clearQuery(page);
    const warmMs = await timeQuery(page, WARM_TERM);
    return { openMs, coldMs, warmMs, cold };
  } finally {
    await context.close();
  }
}

/** A deep link: a fresh profile opens /search/?q=COLD_TERM; time from navigation to the first result link. */
async function oneDeepLink(browser, base) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${base}/search/?q=${COLD_TERM}`, { waitUntil: 'commit' });
    await page.locator('.pf-result-link[href]').first().waitFor({ timeout: 60_000 });
    return await page.evaluate(() => performance.now());
  } catch {
    return Number.NaN;
  } finally {
    await context.close();
  }
}

/** Median figures over RUNS readers for the search page and for the dialog opened on `dialogPath`. */
export async function measureSearch(browser, base, { dialogPath }) {
  // What every page loads anyway (the layout's styles and scripts) is the page's cost, not the search's.
  const probe = await browser.newPage();
  const pageAssets = new Set();
  probe.on('request', (request) => {
    if (['script', 'stylesheet'].includes(request.resourceType())) pageAssets.add(new URL(request.url()).pathname);
  });
  await probe.goto(`${base}${dialogPath}`, { waitUntil: 'networkidle' });
  await probe.close();
  const isPageAsset = (path) => pageAssets.has(path);

  const report = {};
  for (const [mode, startPath] of [
    ['page', '/search/'],
    ['dialog', dialogPath],
  ]) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await oneReader(browser, base, mode, startPath, isPageAsset));
    const byAll = [...runs].sort((a, b) => a.cold.all - b.cold.all);
    const middle = byAll[Math.floor(byAll.length / 2)];
    report[mode] = {
      openMs: mode === 'dialog' ? median(runs.map((run) => run.openMs)) : undefined,
      coldMs: median(runs.map((run) => run.coldMs)),
      warmMs: median(runs.map((run) => run.warmMs)),
      coldBytes: median(runs.map((run) => run.cold.all)),
      coldPagefindBytes: median(runs.map((run) => run.cold.pagefind)),
      byKind: middle.cold.byKind,
    };
  }
  const deepLinks = [];
  for (let run = 0; run < RUNS; run++) deepLinks.push(await oneDeepLink(browser, base));
  report.deepLinkMs = median(deepLinks);
  return report;
}
