import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
        const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
        const pages = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html') && !join(entry.parentPath, entry.name).startsWith(join(outDir, 'pagefind')));
        await Promise.all(
          pages.map(async (entry) => {
            const file = join(entry.parentPath, entry.name);
            const html = await readFile(file, 'utf8');
            const result = addPrintNotes(html, origin);
            if (result.html !== html) await writeFile(file, result.html);
          }),
        );
      },
    },
  };
}
