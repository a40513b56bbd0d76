import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../../scripts/sources/cli';
import { SITE, startFixtureServer, type FixtureServer } from './fixtureServer';
import { writeFixtureContent } from './fixtureContent';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
});

/** `node scripts/sources.mjs …` in a child process, as `npm run sources` runs it (asynchronously: the fixture server lives in this process). */
function runScript(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['scripts/sources.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? Number(error.code ?? -1) : 0, stdout, stderr });
    });
  });
}

describe('scripts/sources.mjs (the npm script)', () => {
  it('runs the TypeScript watch on Node, prints the summary last and exits 1 on a change, 0 once accepted', async () => {
    const content = writeFixtureContent(['help-unchanged', 'help-changed']);
    const common = ['--content', content.contentDir, '--today', '2026-12-04', '--host-delay', '0', '--via', `${SITE}=${server.origin}`];
    const first = await runScript(common);
    expect(first.stderr).toBe('');
    expect(first.stdout.trim().split('\n').at(-1)).toBe('sources: 2 checked, 0 unchanged, 2 changed, 0 moved, 0 dead, 0 unreachable');
    expect(first.status).toBe(1);
    expect((await runScript([...common, '--accept', 'all'])).status).toBe(0);
    const second = await runScript([...common, '--json']);
    expect(second.status).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ summary: 'sources: 2 checked, 2 unchanged, 0 changed, 0 moved, 0 dead, 0 unreachable', exitCode: 0 });
  });

  it('explains a bad option with the usage, exit 2', async () => {
    const result = await runCli(['--timeout', 'soon']);
    expect(result.exitCode).toBe(2);
    expect(result.output).toMatch(/^sources: --timeout needs a number \(got "soon"\)/);
    expect(result.output).toContain('--accept <id|url|all>');
    expect((await runCli(['--frobnicate'])).output).toMatch(/^sources: unknown option "--frobnicate"/);
    expect((await runCli(['--today', '4/12/2026'])).output).toMatch(/--today needs a date written as YYYY-MM-DD/);
    expect((await runCli(['--help'])).exitCode).toBe(0);
  });

  it('names a broken lock file instead of overwriting it', async () => {
    const content = writeFixtureContent(['help-unchanged']);
    (await import('node:fs')).writeFileSync(content.lockPath, '{ not json');
    const result = await runCli(['--content', content.contentDir, '--host-delay', '0', '--via', `${SITE}=${server.origin}`]);
    expect(result.exitCode).toBe(2);
    expect(result.output).toMatch(/sources\.lock\.json is not valid JSON .*restore it from git/);
  });
});
