import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, builtPages, oneOfEachTemplate } from './support/pages';
import { collectConsoleErrors } from './support/consoleErrors';

/** Records Content-Security-Policy violations the page reports, from before its first script runs. */
async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

for (const path of oneOfEachTemplate()) {
  test(`${path}: no CSP violation, no console error, no third-party request`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
    });
    const errors = collectConsoleErrors(page);
    const violations = await recordCspViolations(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // Search loads its code, WebAssembly and worker on first use: exercise it under the same policy.
    await page.keyboard.press('/');
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(page.getByRole('dialog').getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('refund');
    await expect(page.getByRole('dialog').locator('.pf-result').first()).toBeVisible();
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });
}

test('every page carries a strict Content-Security-Policy without unsafe-inline scripts', () => {
  for (const path of builtPages()) {
    const html = readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const scriptSrc = policy.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc, path).toContain("'self'");
    expect(scriptSrc, path).not.toContain('unsafe-inline');
    expect(scriptSrc, path).not.toContain("'unsafe-eval'");
    expect(policy, path).toContain("object-src 'none'");
  }
});

test('_headers repeats the policy for Netlify and Cloudflare Pages, with caching for hashed assets', () => {
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  expect(headers).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self';.*script-src 'self' 'wasm-unsafe-eval'.*frame-ancestors 'none'$/m);
  expect(headers).toContain('X-Content-Type-Options: nosniff');
  expect(headers).toContain('Referrer-Policy: strict-origin-when-cross-origin');
  expect(headers).toContain('Permissions-Policy:');
  expect(headers).toMatch(/\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
});
