import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** One content file's frontmatter, as YAML 1.2 gives it (dates stay text), with its path under content/. */
export interface ContentFile {
  /** `regions/uk.mdx` */
  file: string;
  collection: 'regions' | 'guides' | 'faq' | 'changes';
  data: Record<string, unknown>;
}

export const COLLECTIONS = ['regions', 'guides', 'faq', 'changes'] as const;

/**
 * Every content file that can cite a source, read the way the unit tests read region files (tests/unit/regions/
 * helpers.ts): the frontmatter parsed with the project's YAML library, no schema (the build validates content).
 * A file whose frontmatter cannot be read is reported, never skipped silently.
 */
export function readContent(contentDir: string): { files: ContentFile[]; problems: Array<{ file: string; field: string; message: string }> } {
  const files: ContentFile[] = [];
  const problems: Array<{ file: string; field: string; message: string }> = [];
  for (const collection of COLLECTIONS) {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((item) => /\.mdx?$/.test(item)).sort()) {
      const file = `${collection}/${name}`;
      const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(readFileSync(join(dir, name), 'utf8'));
      if (!match) {
        problems.push({ file, field: '', message: 'no frontmatter between --- lines' });
        continue;
      }
      try {
        const data = parse(match[1] ?? '') as unknown;
        if (data && typeof data === 'object' && !Array.isArray(data)) files.push({ file, collection, data: data as Record<string, unknown> });
        else problems.push({ file, field: '', message: 'the frontmatter is not a list of fields' });
      } catch (error) {
        problems.push({ file, field: '', message: `the frontmatter is not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` });
      }
    }
  }
  return { files, problems };
}
