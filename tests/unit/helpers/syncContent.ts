import { expect } from 'vitest';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../', import.meta.url));
const validFixtures = join(root, 'tests/fixtures/content');

export interface SyncResult {
  ok: boolean;
  /** What `astro sync` printed, as an editor would read it. */
  output: string;
  /** Absolute path of the temporary content folder, to match file names in the output. */
  contentDir: string;
}

/**
 * Runs `astro sync` (the content-validation step of `astro build`) over a copy of the valid fixture content
 * with some files replaced or added, and returns what an editor would see.
 * @param files paths relative to the content folder (for example `guides/x.mdx`) and their text; `null` deletes.
 */
export async function syncContent(files: Record<string, string | null>): Promise<SyncResult> {
  const work = await mkdtemp(join(tmpdir(), 'refund-atlas-content-'));
  const contentDir = join(work, 'content');
  await cp(validFixtures, contentDir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    const target = join(contentDir, path);
    if (text === null) {
      await rm(target, { force: true });
    } else {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, text);
    }
  }
  const env = { ...process.env, REFUND_ATLAS_CONTENT_DIR: contentDir, REFUND_ATLAS_CACHE_DIR: join(work, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0' };
  try {
    const { stdout, stderr } = await run(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'], { cwd: root, env });
    return { ok: true, output: stdout + stderr, contentDir };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}`, contentDir };
  }
}

/** A frontmatter document from a plain object-like YAML text and a body. */
export function mdx(frontmatter: string, body = 'Body text.'): string {
  return `---\n${frontmatter.trim()}\n---\n\n${body}\n`;
}

/** The build accepted the content: no schema error. */
export function expectAccepted(result: SyncResult): void {
  expect(result.output).not.toMatch(/does not match collection schema/);
  expect(result.ok).toBe(true);
}

/** The build stopped, naming the file (relative to the content folder) and the field, with a message matching `message`. */
export function expectRejected(result: SyncResult, file: string, field: string, message: RegExp): void {
  expect(result.ok).toBe(false);
  expect(result.output).toContain(`${result.contentDir}/${file}`);
  expect(result.output).toMatch(new RegExp(`^\\s*${field.replace(/\./g, '\\.')}: `, 'm'));
  expect(result.output).toMatch(message);
}

/** Replaces the one match of `pattern`, or fails saying the fixture no longer has it. */
export function replaceOnce(text: string, pattern: RegExp, replacement: string | ((match: string) => string)): string {
  if (!pattern.test(text)) throw new Error(`fixture no longer contains ${pattern}`);
  return text.replace(pattern, replacement as string);
}
