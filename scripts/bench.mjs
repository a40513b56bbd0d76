// `npm run bench`: builds the site, serves it, and prints figures (not pass/fail):
//  - per template, what a reader downloads before any interaction (HTML, CSS, JS, data; raw and gzip);
//  - build wall time and peak memory; the Pagefind index size; the bytes one search downloads;
//    the time until the first search result appears in Chromium; one article page's size.
// `npm run bench -- --pages 1000` first adds 1,000 synthetic guides to a temporary copy of content/ (never committed).
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';
import { syntheticGuide } from './synthetic-guide.mjs';
import { requireProjectNode } from './project-node.mjs';

requireProjectNode();

const PORT = Number(process.env.BENCH_PORT ?? 4329); // BENCH_PORT lets two checkouts benchmark side by side
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

/** What each calculator fetches for one region (the largest, Germany or the US) before its first answer. */
const WIDGET_DATA = {
  'eligibility checker': ['/data/eligibility/de.json'],
  'refund estimator': ['/data/refund/us.json', '/holidays/us.json'],
};

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
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
  // MDX files import the calculators as ../../src/widgets/…: give the copy the same neighbour.
  symlinkSync(join(process.cwd(), 'src'), join(work, 'src'), 'dir');
  for (let index = 1; index <= syntheticPages; index++) {
    const { slug, text } = syntheticGuide(index);
    writeFileSync(join(content, 'guides', `${slug}.mdx`), text);
  }
  outDir = join(work, 'dist');
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

const browser = await chromium.launch({ executablePath: await findBrowser(), args: CHROMIUM_ARGS });
const rows = [];
let search;
try {
  for (const [template, path] of Object.entries(TEMPLATES)) {
    const page = await browser.newPage();
    const bodies = [];
    page.on('response', async (response) => {
      const type = response.request().resourceType();
      // Data the widgets fetch (holiday JSON) counts with their JavaScript: it is what their code needs to run.
      const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : type === 'fetch' || type === 'xhr' ? 'data' : 'other';
      bodies.push(response.body().then((body) => ({ kind, raw: body.length, gzip: gzipSync(body).length })).catch(() => ({ kind, raw: 0, gzip: 0 })));
    });
    const response = await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    if (!response || (response.status() === 404 && path !== '/404.html')) {
      await page.close();
      continue; // a template this site does not have yet
    }
    for (const dataPath of WIDGET_DATA[template] ?? []) {
      const body = Buffer.from(await (await fetch(`${base}${dataPath}`)).arrayBuffer());
      bodies.push(Promise.resolve({ kind: 'data', raw: body.length, gzip: gzipSync(body).length }));
    }
    const resources = await Promise.all(bodies);
    const sum = (kind, field) => resources.filter((r) => kind === 'total' || r.kind === kind).reduce((total, r) => total + r[field], 0);
    const row = { template };
    for (const kind of ['html', 'css', 'js', 'data', 'total']) row[kind] = `${kb(sum(kind, 'raw'))} / ${kb(sum(kind, 'gzip'))}`;
    row['js+data gzip B'] = sum('js', 'gzip') + sum('data', 'gzip');
    rows.push(row);
    await page.close();
  }

  // One search, from a cold page: what it downloads and how long until the first result shows. Text files count at
  // their gzip size, as any host compresses them; Pagefind's own index files arrive already compressed.
  const page = await browser.newPage();
  let searchBytes = 0;
  let uiBytes = 0;
  const byKind = {};
  const counted = [];
  page.on('response', (response) => counted.push(countSearchResponse(response)));
  const countSearchResponse = async (response) => {
    const path = new URL(response.url()).pathname;
    const type = response.request().resourceType();
    const body = await response.body().catch(() => Buffer.alloc(0));
    const textual = /\.(js|json|css|html)$/.test(path) || type === 'document';
    const bytes = textual ? gzipSync(body).length : body.length;
    if (!path.startsWith('/pagefind/')) {
      if (type === 'script' || type === 'stylesheet') uiBytes += bytes;
      return;
    }
    searchBytes += bytes;
    const kind = /\.pf_(\w+)$/.exec(path)?.[1] ?? (path.endsWith('.pagefind') ? 'wasm' : path.split('/').pop().replace(/[._][0-9a-f]{6,}/, ''));
    byKind[kind] = (byKind[kind] ?? 0) + bytes;
  };
  const started = performance.now();
  await page.goto(`${base}/search/?q=refund`);
  await page.locator('.pf-result').first().waitFor({ timeout: 60_000 });
  const firstResultMs = performance.now() - started;
  await page.waitForLoadState('networkidle');
  await Promise.all(counted);
  search = { firstResultMs, searchBytes, uiBytes, byKind };
  await page.close();
} finally {
  await browser.close();
  server.kill();
}

console.log(`\nSite: ${pageCount} HTML pages${syntheticPages ? ` (${syntheticPages} synthetic guides added)` : ''}`);
console.log(`Build (astro build + Pagefind index): ${built.seconds.toFixed(1)} s wall, peak memory ${built.peakBytes ? `${(built.peakBytes / 1024 / 1024).toFixed(0)} MB` : 'n/a (needs Linux /proc)'}`);
console.log(`One article page (${ARTICLE}) HTML: ${kb(articleHtml.length)} raw / ${kb(gzipSync(articleHtml).length)} gzip`);
console.log(`Pagefind index (without its UI bundles): ${kb(indexBytes)}`);
console.log(`One search for "refund" from a cold page: ${kb(search.searchBytes)} from /pagefind/ (gzip where a host compresses), first result after ${search.firstResultMs.toFixed(0)} ms`);
console.log(`  of which: ${Object.entries(search.byKind).map(([kind, bytes]) => `${kind} ${kb(bytes)}`).join(', ')}`);
console.log(`  plus the search page's own scripts and styles, Pagefind's UI included: ${kb(search.uiBytes)} gzip`);
console.log('\nLoaded before any interaction, raw / gzip:');
console.table(rows);
console.log('Targets: an article page below 20 KB gzip in total and below 3 KB gzip of JavaScript; each widget page below');
console.log('12 KB gzip of JavaScript with its data; 1,000 pages built in under 25 s; a search downloading under 100 KB.');
if (work) rmSync(work, { recursive: true, force: true });
