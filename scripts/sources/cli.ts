import { resolve } from 'node:path';
import { DEFAULT_FETCH_OPTIONS, type FetchOptions } from './fetchPage';
import { humanReport, jsonReport } from './report';
import { watch, type WatchReport } from './watch';

export const USAGE = `npm run sources [-- options]
  Checks every source cited in content/ against content/sources.lock.json.
  --json                  the report as JSON
  --accept <id|url|all>   after review, record the current state of a source (repeatable; never edits content)
  --content <dir>         the content folder (default: content)
  --lock <file>           the lock file (default: <content>/sources.lock.json)
  --today <YYYY-MM-DD>    the day to judge staleness by (default: today, UTC)
  --timeout <ms>          per page (default ${DEFAULT_FETCH_OPTIONS.timeoutMs})
  --max-bytes <n>         largest page read (default ${DEFAULT_FETCH_OPTIONS.maxBytes})
  --host-delay <ms>       pause between two requests to one host (default ${DEFAULT_FETCH_OPTIONS.hostDelayMs})
  --concurrency <n>       requests in flight (default ${DEFAULT_FETCH_OPTIONS.concurrency})
  --budget <ms>           stop starting requests after this (default ${DEFAULT_FETCH_OPTIONS.budgetMs})
  --via <origin>=<origin> fetch an origin through another (a mirror, or the tests' local server)
Exit status: 0 when nothing changed, moved or died (and when offline), 1 when something needs an editor.`;

export interface CliResult {
  output: string;
  exitCode: number;
}

function number(flag: string, value: string | undefined): number {
  const parsed = Number(value);
  if (value === undefined || !Number.isFinite(parsed) || parsed < 0) throw new Error(`${flag} needs a number (got ${value === undefined ? 'nothing' : `"${value}"`})`);
  return parsed;
}

/** Runs the source watch for `argv` (the words after `npm run sources --`) and returns what to print and the exit status. */
export async function runCli(argv: string[], cwd = process.cwd()): Promise<CliResult> {
  const fetch: FetchOptions = { ...DEFAULT_FETCH_OPTIONS, via: new Map() };
  const via = new Map<string, string>();
  let json = false;
  let contentDir = resolve(cwd, 'content');
  let lockPath: string | undefined;
  let today = new Date().toISOString().slice(0, 10);
  const accept: string[] = [];
  try {
    for (let index = 0; index < argv.length; index += 1) {
      const flag = argv[index] ?? '';
      const value = (): string => {
        const next = argv[index + 1];
        if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a value`);
        index += 1;
        return next;
      };
      if (flag === '--json') json = true;
      else if (flag === '--accept') accept.push(value());
      else if (flag === '--content') contentDir = resolve(cwd, value());
      else if (flag === '--lock') lockPath = resolve(cwd, value());
      else if (flag === '--today') {
        today = value();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`--today needs a date written as YYYY-MM-DD (got "${today}")`);
      } else if (flag === '--timeout') fetch.timeoutMs = number(flag, value());
      else if (flag === '--max-bytes') fetch.maxBytes = number(flag, value());
      else if (flag === '--host-delay') fetch.hostDelayMs = number(flag, value());
      else if (flag === '--concurrency') fetch.concurrency = Math.max(1, Math.floor(number(flag, value())));
      else if (flag === '--budget') fetch.budgetMs = number(flag, value());
      else if (flag === '--via') {
        const [from, to] = value().split('=');
        if (!from || !to) throw new Error('--via needs <origin>=<origin>, for example https://example.org=http://127.0.0.1:4461');
        via.set(new URL(from).origin, new URL(to).origin);
      } else if (flag === '--help' || flag === '-h') return { output: USAGE, exitCode: 0 };
      else throw new Error(`unknown option "${flag}"`);
    }
  } catch (error) {
    return { output: `sources: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`, exitCode: 2 };
  }
  fetch.via = via;
  let report: WatchReport;
  try {
    report = await watch({ contentDir, lockPath: lockPath ?? resolve(contentDir, 'sources.lock.json'), today, fetch, accept });
  } catch (error) {
    return { output: `sources: ${error instanceof Error ? error.message : String(error)}`, exitCode: 2 };
  }
  return { output: json ? jsonReport(report) : humanReport(report), exitCode: report.exitCode };
}
