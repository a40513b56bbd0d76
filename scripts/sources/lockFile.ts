import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Hop } from './fetchPage';
import type { PageText } from './fingerprint';

/** The state of a page an editor last accepted: what the next run compares with. */
export interface AcceptedState {
  id: string;
  status: number;
  finalUrl: string;
  redirects: Hop[];
  format: PageText['format'];
  fingerprint: string;
  /** The main text, for the next run's diff (cut to MAX_TEXT characters; the fingerprint covers all of it). */
  text: string;
  acceptedOn: string;
}

export interface LockFile {
  about: string;
  /** By the address cited in content/. */
  sources: Record<string, AcceptedState>;
}

export const MAX_TEXT = 60_000;
const ABOUT = 'Written by `npm run sources -- --accept <id|all>`, never by hand: the last reviewed state of every cited page. See docs/source-watch.md.';

export function readLock(path: string): LockFile {
  if (!existsSync(path)) return { about: ABOUT, sources: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path} is not valid JSON (${error instanceof Error ? error.message : String(error)}): restore it from git`);
  }
  const sources = (parsed as { sources?: unknown }).sources;
  if (!sources || typeof sources !== 'object' || Array.isArray(sources)) throw new Error(`${path} has no "sources" object: restore it from git`);
  return { about: ABOUT, sources: sources as Record<string, AcceptedState> };
}

/** Writes the lock with its addresses sorted, so a review's diff shows only what was accepted. */
export function writeLock(path: string, lock: LockFile): void {
  const sources = Object.fromEntries(Object.entries(lock.sources).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(path, `${JSON.stringify({ about: ABOUT, sources }, null, 2)}\n`);
}
