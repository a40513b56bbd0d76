import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { impossibleDates } from '../../model/schema/impossibleDates';

/**
 * YAML turns an unquoted 2026-02-30 into 2 March without a word, so the schemas never see the typo.
 * This reads every frontmatter and data file as plain YAML 1.2 (dates stay text) before the content is loaded
 * and fails with the file and the field of any date that does not exist.
 */
export function contentDateCheck(contentDir: string): AstroIntegration {
  return {
    name: 'refund-atlas:content-dates',
    hooks: {
      'astro:config:setup': async () => {
        const problems: string[] = [];
        for (const file of await listFiles(contentDir)) {
          const data = frontmatterOf(file.path.endsWith('.yaml') || file.path.endsWith('.yml') ? file.text : extractFrontmatter(file.text));
          for (const problem of impossibleDates(data)) {
            problems.push(`${file.path}\n  ${problem.field}: "${problem.value}" is not a real date written as YYYY-MM-DD`);
          }
        }
        if (problems.length > 0) {
          throw new Error(`Content has dates that do not exist:\n${problems.join('\n')}`);
        }
      },
    },
  };
}

async function listFiles(dir: string): Promise<Array<{ path: string; text: string }>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter((entry) => entry.isFile() && /\.(mdx?|ya?ml)$/.test(entry.name));
  return Promise.all(
    files.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path, text: await readFile(path, 'utf8') };
    }),
  );
}

function extractFrontmatter(text: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match?.[1] ?? '';
}

function frontmatterOf(yamlText: string): unknown {
  try {
    return parse(yamlText);
  } catch {
    return undefined; // Astro reports malformed YAML itself, with the line.
  }
}
