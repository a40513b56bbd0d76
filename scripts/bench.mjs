// `npm run bench`: builds the site, serves it, and prints figures (not pass/fail):
//  - per template, what a reader downloads before any interaction (HTML, CSS, JS, data; raw and gzip);
//  - build wall time and peak memory; the Pagefind index size; one article page's size;
//  - search (scripts/bench/search-timing.mjs): typing to first result, cold and warm, from the search page and the
//    header dialog, and what one cold query downloads (median of 5 fresh readers).
// `npm run bench -- --pages 1000` first adds 1,000 synthetic guides to a temporary copy of content/ (never committed).
// `npm run bench -- --lighthouse` adds Lighthouse's scores per template (scripts/bench/lighthouse.mjs).
// Ports: BENCH_PORT for the site (default 4329), LIGHTHOUSE_PORT for Lighthouse's Chromium (default 4423).
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';
import { syntheticGuide } from './synthetic-guide.mjs';
import { requireProjectNode } from './project-node.mjs';
import { kb, verdict } from './bench/figures.mjs';
import { COLD_TERM, RUNS, WARM_TERM, measureSearch } from './bench/search-timing.mjs';
import { TOOLS, largestRegion } from './bench/tool-weight.mjs';

requireProjectNode();

const PORT = Number(process.env.BENCH_PORT ?? 4329); // BENCH_PORT lets two checkouts benchmark side by side
const LIGHTHOUSE_PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4423);
// A plain article (no embedded calculator): the template every guide shares.
const ARTICLE = '/guides/pack-the-item/';
const TEMPLATES = {
  home: '/',
  'article (guide)': ARTICLE,
  'region page': '/regions/uk/',
  'regions index': '/regions/',
  'guides index': '/guides/',
  faq: '/faq/',
  tools: '/tools/',
  'eligibility checker': '/tools/eligibility/',
  'refund estimator': '/tools/refund-estimator/',
  contact: '/contact/',
  search: '/search/',
  '404': '/404.html',
};


/** What Lighthouse audits: one page of each template, the search page with a query. */
const LIGHTHOUSE_TEMPLATES = {
  home: '/',
  'article (guide)': ARTICLE,
  'region page': '/regions/uk/',
  'regions comparison': '/regions/',
  faq: '/faq/',
  'eligibility checker': '/tools/eligibility/',
  'refund estimator': '/tools/refund-estimator/',
  'contact (message composer)': '/contact/',
  'search results': `/search/?q=${COLD_TERM}`,
};

/** Goal for each tool page (issue 14): JavaScript plus the data of its first answer, gzip. */
const TOOL_GOAL_BYTES = 12 * 1024;

/** Goals for search at 1,000 pages (issue 14): typing to first result, and one cold query's download. */
const SEARCH_GOALS = { coldMs: 350, warmMs: 250, coldBytes: 115 * 1024 };

const withLighthouse = process.argv.includes('--lighthouse');
const pagesArg = process.argv.indexOf('--pages');
const syntheticPages = pagesArg > 0 ? Number(process.argv[pagesArg + 1]) : 0;
if (pagesArg > 0 && !(Number.isInteger(syntheticPages) && syntheticPages > 0)) {
  console.error('--pages needs a whole number of synthetic guides, for example --pages 1000');
  process.exit(2);
}

const env = { ...process.env };
let outDir = join(process.cwd(), 'dist');
let work;
if (syntheticPages > 0) {
  work = mkdtempSync(join(tmpdir(), 'refund-atlas-bench-'));
  const content = join(work, 'content');
  cpSync('content', content, { recursive: true });
  // MDX files import the calculators as ../../src/tools/…: give the copy the same neighbour.
  symlinkSync(join(process.cwd(), 'src'), join(work, 'src'), 'dir');
  for (let index = 1; index <= syntheticPages; index++) {
    const { slug, text } = syntheticGuide(index);
    writeFileSync(join(content, 'guides', `${slug}.mdx`), text);
  }
  outDir = join(work, 'dist');
  process.on('exit', () => rmSync(work, { recursive: true, force: true }));
  Object.assign(env, { REFUND_ATLAS_CONTENT_DIR: content, REFUND_ATLAS_OUT_DIR: outDir, REFUND_ATLAS_CACHE_DIR: join(work, 'cache') });
}

/** Resident memory of a process and all its descendants (Linux /proc), or undefined elsewhere. */
function treeRss(rootPid) {
  try {
    const parents = new Map();
    const rss = new Map();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const status = readFileSync(`/proc/${name}/status`, 'utf8');
        parents.set(Number(name), Number(/PPid:\s+(\d+)/.exec(status)?.[1]));
        rss.set(Number(name), Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024);
      } catch {
        // the process ended while we looked
      }
    }
    const inTree = (pid) => pid === rootPid || (parents.has(pid) && pid !== 1 && inTree(parents.get(pid)));
    return [...rss].filter(([pid]) => inTree(pid)).reduce((sum, [, bytes]) => sum + bytes, 0);
  } catch {
    return undefined;
  }
}

async function build() {
  const started = performance.now();
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  let peak = 0;
  const sampler = setInterval(() => {
    const bytes = treeRss(child.pid);
    if (bytes !== undefined) peak = Math.max(peak, bytes);
  }, 50);
  const code = await new Promise((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  if (code !== 0) process.exit(code ?? 1);
  return { seconds: (performance.now() - started) / 1000, peakBytes: peak };
}

function folderBytes(dir, keep = () => true) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

const built = await build();
const pageCount = readdirSync(outDir, { recursive: true }).filter((name) => String(name).endsWith('.html')).length;
const articleHtml = readFileSync(join(outDir, ARTICLE, 'index.html'));
const isUiBundle = (name) => /^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(name);
const indexBytes = folderBytes(join(outDir, 'pagefind'), (name) => !isUiBundle(name));

const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--ignore-lock'], { env, stdio: 'ignore' });
const base = `http://127.0.0.1:${PORT}`;
for (let attempt = 0; attempt < 200; attempt++) {
  try {
    if ((await fetch(`${base}/`)).ok) break;
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const rows = [];
let search;
let lighthouseReport;
try {
  const browser = await chromium.launch({ executablePath: await findBrowser(), args: CHROMIUM_ARGS });
  try {
    for (const [template, path] of Object.entries(TEMPLATES)) rows.push(...(await templateWeight(browser, template, path)));
    search = await measureSearch(browser, base, { dialogPath: ARTICLE });
  } finally {
    await browser.close();
  }
  if (withLighthouse) {
    const { measureLighthouse } = await import('./bench/lighthouse.mjs');
    lighthouseReport = await measureLighthouse({ executablePath: await findBrowser(), base, templates: LIGHTHOUSE_TEMPLATES, port: LIGHTHOUSE_PORT });
  }
} finally {
  await stop(server);
}

console.log(`\nSite: ${pageCount} HTML pages${syntheticPages ? ` (${syntheticPages} synthetic guides added)` : ''}`);
console.log(`Build (astro build + Pagefind index): ${built.seconds.toFixed(1)} s wall, peak memory ${built.peakBytes ? `${(built.peakBytes / 1024 / 1024).toFixed(0)} MB` : 'n/a (needs Linux /proc)'}`);
console.log(`One article page (${ARTICLE}) HTML: ${kb(articleHtml.length)} raw / ${kb(gzipSync(articleHtml).length)} gzip`);
console.log(`Pagefind index (without its UI bundles): ${kb(indexBytes)}`);
printSearch(search);
console.log("\nLoaded before any interaction (a tool's page: up to the tool's first answer for the region named), raw / gzip:");
console.table(rows);
console.log('Targets: an article page below 20 KB gzip in total and below 3 KB gzip of JavaScript; each widget page below');
console.log('12 KB gzip of JavaScript with its data; 1,000 pages built in under 25 s.');
if (lighthouseReport) {
  console.log(`\nLighthouse (mobile, default throttling), median of 3 runs per template${syntheticPages ? ` on the ${pageCount}-page site` : ''}:`);
  console.table(lighthouseReport.rows);
  if (lighthouseReport.notes.length > 0) console.log(`What kept a score under 100 (in any run):\n  ${lighthouseReport.notes.join('\n  ')}`);
}

/** What a reader downloads on `path` before any interaction, by kind; none for a template the site lacks. */
async function templateWeight(browser, template, path) {
  const page = await browser.newPage();
  try {
    const bodies = [];
    page.on('response', async (response) => {
      const type = response.request().resourceType();
      // Data a tool fetches (region and holiday JSON) counts with its JavaScript: it is what its first answer needs.
      const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : type === 'fetch' || type === 'xhr' ? 'data' : 'other';
      bodies.push(response.body().then((body) => ({ kind, raw: body.length, gzip: gzipSync(body).length })).catch(() => ({ kind, raw: 0, gzip: 0 })));
    });
    const response = await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    if (!response || (response.status() === 404 && path !== '/404.html')) return []; // a template this site does not have yet
    const tool = TOOLS[template];
    const region = tool && largestRegion(outDir, tool.data);
    if (tool) await tool.answer(page, region, outDir);
    const resources = await Promise.all(bodies);
    const sum = (kind, field) => resources.filter((r) => kind === 'total' || r.kind === kind).reduce((total, r) => total + r[field], 0);
    const row = { template: tool ? `${template} (${region})` : template };
    for (const kind of ['html', 'css', 'js', 'data', 'total']) row[kind] = `${kb(sum(kind, 'raw'))} / ${kb(sum(kind, 'gzip'))}`;
    row['js+data gzip B'] = sum('js', 'gzip') + sum('data', 'gzip');
    if (tool) row['≤ 12 KB'] = verdict(row['js+data gzip B'], TOOL_GOAL_BYTES);
    return [row];
  } finally {
    await page.close();
  }
}

/** Stops a child process and waits for it, forcing it after five seconds. */
async function stop(child) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const force = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(force);
}

function printSearch(figures) {
  const ms = (value) => `${Math.round(value)} ms`;
  const goals = syntheticPages >= 1000 ? ' (goals at 1,000 pages: ≤ 350 ms cold, ≤ 250 ms warm, ≤ 115 KB a cold query)' : '';
  console.log(`\nSearch, median of ${RUNS} fresh readers; typing to the first result in the DOM, debounce included${goals}:`);
  for (const [mode, label] of [
    ['page', 'search page'],
    ['dialog', `header dialog on ${ARTICLE}`],
  ]) {
    const f = figures[mode];
    const mark = (value, goal) => (syntheticPages >= 1000 ? ` [${verdict(value, goal)}]` : '');
    console.log(
      `  ${label}: "${COLD_TERM}" cold ${ms(f.coldMs)}${mark(f.coldMs, SEARCH_GOALS.coldMs)}, "${WARM_TERM}" warm ${ms(f.warmMs)}${mark(f.warmMs, SEARCH_GOALS.warmMs)}` +
        `${f.openMs === undefined ? '' : `; "/" to a focused search box ${ms(f.openMs)}`}`,
    );
    console.log(`    one cold query downloads ${kb(f.coldBytes)}${mark(f.coldBytes, SEARCH_GOALS.coldBytes)} (${kb(f.coldPagefindBytes)} of it from /pagefind/): ${Object.entries(f.byKind).sort(([a], [b]) => a.localeCompare(b)).map(([kind, bytes]) => `${kind} ${kb(bytes)}`).join(', ')}`);
  }
  console.log(`  a shared link /search/?q=${COLD_TERM}, fresh reader: first result ${ms(figures.deepLinkMs)} after navigation starts`);
}
