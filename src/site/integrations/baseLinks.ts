import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages } from './builtPages';

/**
 * When the site is served from a sub-path (GitHub Pages: /refund-atlas/), editors still write links as /guides/x/
 * in Markdown. Components prefix their own links with sitePath(); this prefixes the rest in the built HTML,
 * so content never has to know where the site is hosted.
 */
export function baseLinks(): AstroIntegration {
  let base = '/';
  return {
    name: 'refund-atlas:base-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        if (base === '/' || base === '') return;
        const outDir = fileURLToPath(dir);
        for (const page of await builtPages(outDir)) {
          const file = join(outDir, page);
          const html = await readFile(file, 'utf8');
          const rewritten = prefixRootLinks(html, base);
          if (rewritten !== html) await writeFile(file, rewritten);
        }
      },
    },
  };
}

/** Prefixes root-relative href, src and action values that do not already start with the base. */
export function prefixRootLinks(html: string, base: string): string {
  const prefix = base.replace(/\/$/, '');
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(\\s(?:href|src|action)=")\\/(?!\\/)(?!${escaped.slice(1)}(?:\\/|"|#|\\?))`, 'g');
  return html.replace(pattern, `$1${prefix}/`);
}
