import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Built HTML files, as paths relative to `outDir` with /, Pagefind's own bundle left out. */
export async function builtPages(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.startsWith('pagefind/'))
    .sort();
}
