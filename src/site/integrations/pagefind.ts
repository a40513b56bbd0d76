import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { searchRecordsUnder } from './searchRecords';

/**
 * Indexes the built site with Pagefind's Node API at the end of `astro build`, so the search bundle is always
 * in step with the pages. Only elements marked `data-pagefind-body` are indexed (the layouts mark the main content).
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'refund-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
        if (added.page_count === 0) throw new Error('Pagefind found no page marked data-pagefind-body to index');
        for (const record of await searchRecordsUnder(outDir)) {
          const recorded = await index.addHTMLFile(record);
          if (recorded.errors.length > 0) throw new Error(`Pagefind could not index ${record.url}: ${recorded.errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
        logger.info(`Indexed ${added.page_count} pages for search`);
        await pagefind.close();
      },
    },
  };
}
