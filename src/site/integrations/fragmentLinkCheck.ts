import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages } from './builtPages';
import { brokenFragmentLinks, fragmentLinkReport, sitePathOfFile } from '../fragmentLinks';

/**
 * Fails the build when an in-site link with a #fragment lands on no element (see fragmentLinks.ts), naming the
 * page and the link. List it after baseLinks() in astro.config.mjs: it reads links as readers get them.
 */
export function fragmentLinkCheck(): AstroIntegration {
  let origin = 'http://localhost';
  let base = '/';
  return {
    name: 'refund-atlas:fragment-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) origin = new URL(config.site).origin;
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = await builtPages(outDir);
        const pages = new Map(await Promise.all(files.map(async (file) => [sitePathOfFile(file), await readFile(join(outDir, file), 'utf8')] as const)));
        const broken = brokenFragmentLinks(pages, { origin, base });
        if (broken.length > 0) throw new Error(fragmentLinkReport(broken));
        logger.info(`Every #fragment link on ${pages.size} pages lands on its section`);
      },
    },
  };
}
