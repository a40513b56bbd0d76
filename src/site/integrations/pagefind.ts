import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages } from './builtPages';
import * as pagefind from 'pagefind';
import { indexableHtml } from './indexableHtml';
import { splitSearchRecords } from './searchRecords';

// Pages handed to Pagefind at a time: enough to keep its indexer busy without holding the whole site in memory.
const BATCH = 32;

/**
 * Indexes the built site with Pagefind's Node API at the end of `astro build`, so the search bundle is always in
 * step with the pages. Only pages with an element marked `data-pagefind-body` are indexed (the layouts mark the main
 * content of pages that pass a `search` prop); what they mark `data-pagefind-ignore` is left out. Each page is read
 * here, not by Pagefind, to index it as a reader reads it (indexableHtml) and to split off the parts that are
 * results of their own (searchRecords).
 */
export function pagefindIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'refund-atlas:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const files = await builtPages(outDir);
        let pages = 0;
        let records = 0;
        for (let start = 0; start < files.length; start += BATCH) {
          await Promise.all(
            files.slice(start, start + BATCH).map(async (sourcePath) => {
              const html = await readFile(join(outDir, sourcePath), 'utf8');
              if (!html.includes('data-pagefind-body')) return;
              const { page, records: parts } = splitSearchRecords(html, base);
              const documents: Array<{ sourcePath?: string; url?: string; content: string }> = [
                { sourcePath, content: indexableHtml(page) },
                ...parts.map((part) => ({ url: part.url, content: indexableHtml(part.content) })),
              ];
              pages += 1;
              records += parts.length;
              for (const file of documents) {
                const added = await index.addHTMLFile(file);
                if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file.sourcePath ?? file.url}: ${added.errors.join('; ')}`);
              }
            }),
          );
        }
        if (pages === 0) throw new Error('Pagefind found no page marked data-pagefind-body to index');
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
        logger.info(`Indexed ${pages} pages and ${records} parts of pages for search`);
        await pagefind.close();
      },
    },
  };
}

