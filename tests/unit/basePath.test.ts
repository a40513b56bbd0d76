import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BASE = '/refund-atlas/';

// GitHub Pages serves a project site from /<repo>/: build the real site that way and follow every link.
describe('a build served from a sub-path', () => {
  const work = mkdtempSync(join(tmpdir(), 'refund-atlas-base-'));
  const outDir = join(work, 'dist');
  const pages: Array<{ file: string; html: string }> = [];

  beforeAll(async () => {
    await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env: { ...process.env, BASE_PATH: BASE, REFUND_ATLAS_OUT_DIR: outDir, REFUND_ATLAS_CACHE_DIR: join(work, 'cache') },
    });
    for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.html')) {
        const file = join(entry.parentPath, entry.name);
        pages.push({ file: relative(outDir, file).split(sep).join('/'), html: readFileSync(file, 'utf8') });
      }
    }
  }, 180_000);

  it('prefixes every root-relative link, script and form with the base path, and each one resolves', () => {
    const problems: string[] = [];
    for (const { file, html } of pages) {
      for (const [, attribute, value] of html.matchAll(/\s(href|src|action)="(\/[^"]*)"/g)) {
        if (!value || value.startsWith('//')) continue;
        if (!value.startsWith(BASE)) {
          problems.push(`${file}: ${attribute}="${value}" lacks the base path`);
          continue;
        }
        const path = new URL(value, 'http://site').pathname.slice(BASE.length);
        const target = join(outDir, path, path === '' || path.endsWith('/') ? 'index.html' : '');
        if (!existsSync(target)) problems.push(`${file}: ${value} does not exist`);
      }
    }
    expect(pages.length).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });

  it('points search at the bundle under the base path', () => {
    expect(existsSync(join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
    const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`${BASE}guides/`);
  });
});
