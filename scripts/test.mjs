// `npm test`: type-checks, builds the site, runs the unit tests (Vitest) and the browser tests (Playwright, in a
// real Chromium against the built site), then prints one line that sums every test: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { FIX, findBrowser } from './find-browser.mjs';
import { requireProjectNode } from './project-node.mjs';

requireProjectNode();

const RESULTS = 'test-results';
const UNIT_REPORT = `${RESULTS}/unit-results.json`;
const E2E_REPORT = `${RESULTS}/e2e-results.json`;
const bin = (pkg, file) => [process.execPath, [`node_modules/${pkg}/${file}`]];

function run(label, [command, args], extraArgs = []) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, [...args, ...extraArgs], { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
  return result.status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
const failedSteps = [];
let passed = 0;
let failed = 0;

// Find the browser first: without one the browser tests cannot run, and that must stop the run, never skip it.
try {
  await findBrowser();
} catch (error) {
  console.error(error instanceof Error ? error.message : FIX);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

if (!run('Type check (astro check)', bin('astro', 'bin/astro.mjs'), ['check'])) failedSteps.push('astro check');

const built = run('Build (astro build + Pagefind index)', bin('astro', 'bin/astro.mjs'), ['build']);
if (!built) failedSteps.push('astro build');

run('Unit and property tests (Vitest)', bin('vitest', 'vitest.mjs'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${UNIT_REPORT}`]);
const unit = readJson(UNIT_REPORT);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  if (unit.numTotalTests === 0) failedSteps.push('vitest ran no test');
} else {
  failedSteps.push('vitest (no report)');
}

if (built) {
  run('Browser tests (Playwright, Chromium)', bin('@playwright/test', 'cli.js'), ['test']);
  const e2e = readJson(E2E_REPORT);
  if (e2e) {
    passed += e2e.stats.expected + e2e.stats.flaky;
    failed += e2e.stats.unexpected;
    if (e2e.stats.skipped > 0) failedSteps.push(`${e2e.stats.skipped} browser tests skipped`);
  } else {
    failedSteps.push('playwright (no report)');
  }
} else {
  failedSteps.push('browser tests not run: the build failed');
}

failed += failedSteps.length;
if (failedSteps.length > 0) console.log(`\nFailed steps: ${failedSteps.join('; ')}`);
if (!existsSync('dist/pagefind/pagefind.js') && built) console.log('Note: the build produced no search index.');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
