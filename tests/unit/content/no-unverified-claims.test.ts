import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function textFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(mdx?|ya?ml|astro|ts|js|mjs|json|css)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

// The dossier marks "Amazon processed over 2 billion returns" UNVERIFIED: no such report exists, and Amazon
// publishes no return count. It must appear nowhere on the site, in any wording.
const TWO_BILLION = /\b(2|two)(\.0)?\s*(billion|bn|thousand million|000 million|,000,000,000)\b/i;

describe('unverified claims', () => {
  it.each(['content', 'src'])('the "2 billion returns" claim appears nowhere in %s/', (dir) => {
    const files = textFiles(dir);
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((file) => TWO_BILLION.test(readFileSync(file, 'utf8'))).map((file) => file.slice(root.length))).toEqual([]);
  });
});
