import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../', import.meta.url));

export interface BuildResult {
  ok: boolean;
  /** What `astro build` printed, as an editor would read it. */
  output: string;
  work: string;
}

/**
 * Runs a real `astro build` of the site with the real content plus `files` (paths relative to content/), in a
 * copy of the project: the build's own .astro/ and dist/ stay out of the working tree other builds use.
 */
export async function buildSite(files: Record<string, string>): Promise<BuildResult> {
  const work = await mkdtemp(join(tmpdir(), 'refund-atlas-build-'));
  for (const item of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content']) {
    await cp(join(root, item), join(work, item), { recursive: true });
  }
  await symlink(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
  for (const [path, text] of Object.entries(files)) {
    const target = join(work, 'content', path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
  }
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', REFUND_ATLAS_OUT_DIR: join(work, 'dist'), REFUND_ATLAS_CACHE_DIR: join(work, 'cache') };
  delete env.REFUND_ATLAS_CONTENT_DIR;
  try {
    const { stdout, stderr } = await run(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: work, env, maxBuffer: 32 * 1024 * 1024 });
    return { ok: true, output: stdout + stderr, work };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}`, work };
  }
}

export async function removeBuild(result: BuildResult): Promise<void> {
  await rm(result.work, { recursive: true, force: true });
}

/** A guide file with valid frontmatter and the given MDX body. */
export function guideWith(body: string): string {
  return `---
title: Component test guide
description: A guide written by the component tests to check what editors see when a component is misused.
lastReviewed: 2026-11-26
topic: refunds
sources:
  - title: "Amazon.com Help: returns and refunds policy"
    url: https://www.amazon.com/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7
---

Text before the component.

${body}
`;
}
