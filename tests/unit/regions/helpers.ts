import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { regionSchema } from '../../../src/model/schema/region';
import type { RegionData } from '../../../src/model/types';

export const regionsDir = fileURLToPath(new URL('../../../content/regions/', import.meta.url));

export interface RegionFile {
  id: string;
  path: string;
  /** Frontmatter as plain YAML 1.2 (dates stay text), before the schema. */
  raw: Record<string, unknown>;
  body: string;
}

/** Every real region file, found on disk: no list of region ids anywhere. */
export function regionFiles(): RegionFile[] {
  return readdirSync(regionsDir)
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map((name) => {
      const path = `${regionsDir}${name}`;
      const text = readFileSync(path, 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${path}: no frontmatter`);
      return { id: name.replace(/\.mdx?$/, ''), path, raw: parse(match[1] ?? '') as Record<string, unknown>, body: match[2] ?? '' };
    });
}

/** The region's data as the site sees it (validated and defaulted by the schema). */
export function regionData(file: RegionFile): RegionData {
  const result = regionSchema.safeParse(file.raw);
  if (!result.success) {
    throw new Error(`${file.path}\n${result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')}`);
  }
  return result.data;
}

export function region(id: string): RegionData {
  const file = regionFiles().find((item) => item.id === id);
  if (!file) throw new Error(`no content/regions/${id}.mdx`);
  return regionData(file);
}
