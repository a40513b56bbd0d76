import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages } from './builtPages';
import { addPrintNotes } from '../printNotes';

/** Numbers the links to other sites in every built page and lists their addresses for print (see ../printNotes.ts). */
export function printNotes(): AstroIntegration {
  let origin = 'http://localhost';
  return {
    name: 'refund-atlas:print-notes',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) origin = new URL(config.site).origin;
      },
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        await Promise.all(
          (await builtPages(outDir)).map(async (page) => {
            const file = join(outDir, page);
            const html = await readFile(file, 'utf8');
            const result = addPrintNotes(html, origin);
            if (result.html !== html) await writeFile(file, result.html);
          }),
        );
      },
    },
  };
}
