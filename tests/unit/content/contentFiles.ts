import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const contentDir = fileURLToPath(new URL('../../../content/', import.meta.url));

export interface ContentFile {
  collection: 'guides' | 'faq';
  /** The file name without extension: the entry's id and, for FAQ entries, its anchor on /faq/. */
  id: string;
  path: string;
  /** Frontmatter as plain YAML 1.2 (dates stay text). */
  data: Record<string, unknown>;
  body: string;
}

/** Every guide or FAQ file on disk, found by listing the folder (no list of ids anywhere). */
export function contentFiles(collection: 'guides' | 'faq'): ContentFile[] {
  const dir = `${contentDir}${collection}/`;
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map((name) => {
      const path = `${dir}${name}`;
      const text = readFileSync(path, 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${path}: no frontmatter between --- lines`);
      return { collection, id: name.replace(/\.mdx?$/, ''), path, data: (parse(match[1] ?? '') ?? {}) as Record<string, unknown>, body: match[2] ?? '' };
    });
}

/** The region ids a page is about: its `regions` list, or every region when the list is empty or missing. */
export function regionsOf(file: ContentFile, allRegionIds: string[]): string[] {
  const listed = Array.isArray(file.data.regions) ? file.data.regions.map(String) : [];
  return listed.length > 0 ? listed : allRegionIds;
}
