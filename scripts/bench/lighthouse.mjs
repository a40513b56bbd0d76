// `npm run bench -- --lighthouse`: Lighthouse's default run (mobile, simulated throttling) RUNS times on each
// template, and the median of each category score with LCP, TBT and CLS. Lighthouse drives its own headless
// Chromium through the DevTools port LIGHTHOUSE_PORT (default 4423); it is a dev dependency used only here.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../find-browser.mjs';
import { median } from './figures.mjs';

export const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

async function devtoolsReady(port, child) {
  for (let attempt = 0; attempt < 600 && child.exitCode === null; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Chromium did not open its DevTools port ${port}`);
}

/** A headless Chromium with a throw-away profile, for Lighthouse to drive. */
async function launchChromium(executablePath, port) {
  const profile = mkdtempSync(join(tmpdir(), 'refund-atlas-lighthouse-'));
  const child = spawn(executablePath, [...CHROMIUM_ARGS, '--headless=new', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (chunk) => {
    log = `${log}${chunk}`.slice(-4000);
  });
  const close = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    await devtoolsReady(port, child);
  } catch (error) {
    await close();
    throw new Error(`${error instanceof Error ? error.message : error}; Chromium said:\n${log}`);
  }
  return { close };
}

/** What kept a category under 100 in one report: the audits that count towards it and did not pass. */
function shortfalls(lhr) {
  const found = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    if (!category || category.score === 1) continue;
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        found.push({ key: `${id}: ${audit.id}`, detail: `${audit.displayValue ? `${audit.displayValue}, ` : ''}score ${audit.score}` });
      }
    }
  }
  return found;
}

/** Median Lighthouse figures per template; `templates` maps a name to a path on `base`. */
export async function measureLighthouse({ executablePath, base, templates, port }) {
  const chromium = await launchChromium(executablePath, port);
  const rows = [];
  const notes = [];
  try {
    for (const [template, path] of Object.entries(templates)) {
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        const result = await lighthouse(`${base}${path}`, { port, logLevel: 'error', output: 'json', onlyCategories: CATEGORIES });
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${result.lhr.runtimeError.message}`);
        runs.push(result.lhr);
      }
      const row = { template };
      for (const id of CATEGORIES) row[id] = Math.round(median(runs.map((lhr) => (lhr.categories[id]?.score ?? Number.NaN) * 100)));
      row['LCP ms'] = Math.round(median(runs.map((lhr) => lhr.audits['largest-contentful-paint'].numericValue)));
      row['TBT ms'] = Math.round(median(runs.map((lhr) => lhr.audits['total-blocking-time'].numericValue)));
      row.CLS = Number(median(runs.map((lhr) => lhr.audits['cumulative-layout-shift'].numericValue)).toFixed(3));
      rows.push(row);
      const counts = new Map();
      for (const reason of runs.flatMap(shortfalls)) counts.set(reason.key, [...(counts.get(reason.key) ?? []), reason.detail]);
      const reasons = [...counts].map(([key, details]) => `${key} in ${details.length} of ${RUNS} runs (${details.join(' / ')})`);
      if (reasons.length > 0) notes.push(`${template} (${path}): ${reasons.join('; ')}`);
    }
  } finally {
    await chromium.close();
  }
  return { rows, notes };
}
