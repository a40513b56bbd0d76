import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './support/pages';

// How the build splits the tools' code (astro.config.mjs): the kit is one chunk the three tools share, the .ics
// writer, copy and download load on their click, the composer reads a link only when it has one, and a page without a tool loads none of it (the preload helper the
// search button needs on every page has a chunk of its own, so it does not bring the kit along).

/** Every script a built page loads before any interaction: its module scripts and what they import statically. */
function staticScripts(page: string): string[] {
  const html = readFileSync(join(DIST, page, 'index.html'), 'utf8');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(DIST, '_astro', file), 'utf8');
    for (const match of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) visit(match[1] ?? '');
  };
  for (const match of html.matchAll(/<script type="module" src="[^"]*\/_astro\/([^"]+\.js)"/g)) visit(match[1] ?? '');
  return [...seen];
}

const TOOL_PAGES = ['tools/eligibility', 'tools/refund-estimator', 'contact'];
const chunk = (scripts: string[], name: string) => scripts.filter((file) => file.startsWith(`${name}.`));

test('the three tool pages share one kit chunk, and load no calendar, copy, download or link-reading code before it is needed', () => {
  const kits = TOOL_PAGES.map((page) => chunk(staticScripts(page), 'kit'));
  for (const kit of kits) expect(kit).toHaveLength(1);
  expect(new Set(kits.flat()).size).toBe(1);
  for (const page of TOOL_PAGES) {
    expect(staticScripts(page).filter((file) => /^(ics|reminderIcs|refundIcs|copy|download|categories|supportQuery)\./.test(file)), page).toEqual([]);
  }
});

test('a page without a tool loads none of the tools\' code', () => {
  for (const page of ['', 'guides/pack-the-item', 'regions/uk', 'faq', 'search']) {
    const scripts = staticScripts(page);
    expect(scripts.length, page || 'home').toBeGreaterThan(0);
    expect(chunk(scripts, 'kit'), page || 'home').toEqual([]);
  }
});
