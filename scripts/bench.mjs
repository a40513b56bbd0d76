// `npm run bench`: builds the site, serves it, and prints what one page of each template makes a reader download
// before any interaction (HTML, CSS, JS; raw and gzip), plus the build time. Figures, not pass/fail.
import { spawn, spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';

const PORT = 4329;
const TEMPLATES = {
  home: '/',
  'article (guide)': '/guides/check-eligibility/',
  'region page': '/regions/uk/',
  'regions index': '/regions/',
  faq: '/faq/',
  tools: '/tools/',
  'eligibility checker': '/tools/eligibility/',
  'refund estimator': '/tools/refund-estimator/',
  search: '/search/',
  '404': '/404.html',
};

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const started = performance.now();
const build = spawnSync('node', ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);
const buildSeconds = (performance.now() - started) / 1000;

const server = spawn('node', ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--ignore-lock'], { stdio: 'ignore' });
const base = `http://127.0.0.1:${PORT}`;
for (let attempt = 0; attempt < 100; attempt++) {
  try {
    if ((await fetch(`${base}/`)).ok) break;
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const browser = await chromium.launch({ executablePath: await findBrowser(), args: CHROMIUM_ARGS });
const rows = [];
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
    const resources = await Promise.all(bodies);
    const sum = (kind, field) => resources.filter((r) => kind === 'total' || r.kind === kind).reduce((total, r) => total + r[field], 0);
    const row = { template, path };
    for (const kind of ['html', 'css', 'js', 'data', 'total']) row[kind] = `${kb(sum(kind, 'raw'))} / ${kb(sum(kind, 'gzip'))}`;
    row['js+data gzip bytes'] = sum('js', 'gzip') + sum('data', 'gzip');
    rows.push(row);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}

console.log(`\nBuild (astro build + Pagefind index): ${buildSeconds.toFixed(1)} s\n`);
console.log('Loaded before any interaction, raw / gzip:');
console.table(rows);
console.log('Targets: an article page below 20 KB gzip in total and below 3 KB gzip of JavaScript;');
console.log('         each widget page below 12 KB gzip of JavaScript, holiday data included (js+data).');
