// Finds a Chromium or Chrome for the browser tests and the benchmark, in this order:
// CHROME_PATH, a system chromium/google-chrome, Playwright's own (downloading it where the network allows).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM_BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

export const FIX =
  'No Chromium or Chrome found: install one (Debian/Ubuntu: sudo apt-get install chromium; macOS: install Google Chrome) or set CHROME_PATH=/path/to/chrome';

function onPath(name) {
  const result = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const path = result.stdout.trim();
  return result.status === 0 && path ? path : undefined;
}

async function playwrightChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** @returns {Promise<string>} the browser's executable path; throws with a one-line fix when there is none. */
export async function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist. ${FIX}`);
  }
  for (const name of SYSTEM_BROWSERS) {
    const path = onPath(name);
    if (path) return path;
  }
  const bundled = await playwrightChromium();
  if (bundled) return bundled;
  try {
    execFileSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'install', 'chromium'], { stdio: 'ignore', timeout: 300_000 });
  } catch {
    // No network for browser downloads (as on CI here): fall through to the one-line fix.
  }
  const downloaded = await playwrightChromium();
  if (downloaded) return downloaded;
  throw new Error(FIX);
}

/** Flags for running Chromium headless as root on a closed network without it trying to reach the internet. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  findBrowser().then(
    (path) => console.log(path),
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
