/**
 * Fetching cited pages politely: a user agent naming the project, one request at a time per host with a pause
 * between them, at most `concurrency` requests in flight, a timeout per page (redirects and body included), a size
 * cap, and redirects followed by hand so each hop is recorded. A host that failed at the network level (its name
 * does not resolve, or the connection fails) is not asked again in the same run: its other
 * pages get the same outcome. Past the run's time budget, pages left are not fetched at all, and when the
 * first pages all fail at the network level (offline), the others are not tried.
 */

export interface FetchOptions {
  userAgent: string;
  /** Per page, redirects and body included. */
  timeoutMs: number;
  /** Largest body read; a bigger page is "too large". */
  maxBytes: number;
  /** Pause between two requests to the same host. */
  hostDelayMs: number;
  concurrency: number;
  maxRedirects: number;
  /** The whole run stops starting requests after this. */
  budgetMs: number;
  /** After this many pages failed at the network level with no page answering at all, the run is offline: the rest are not fetched. */
  offlineAfter: number;
  /** Fetch an origin through another one (`https://example.org` → `http://127.0.0.1:4461`): tests and mirrors. */
  via: ReadonlyMap<string, string>;
}

/** The project's repository, named in the user agent: in GitHub Actions the repository the job runs in. */
export function repositoryAddress(env: Record<string, string | undefined> = process.env): string {
  if (env.SOURCES_REPOSITORY) return env.SOURCES_REPOSITORY;
  if (env.GITHUB_REPOSITORY) return `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}`;
  return 'https://github.com/refund-atlas/refund-atlas';
}

export const DEFAULT_FETCH_OPTIONS: FetchOptions = {
  userAgent: `RefundAtlasSourceWatch/1.0 (+${repositoryAddress()}; checks the pages the Refund Atlas help center cites, once a week)`,
  timeoutMs: 20_000,
  maxBytes: 5_000_000,
  hostDelayMs: 1_500,
  concurrency: 4,
  maxRedirects: 10,
  budgetMs: 240_000,
  offlineAfter: 8,
  via: new Map(),
};

/** One redirect: the status and where it pointed. */
export interface Hop {
  status: number;
  from: string;
  to: string;
}

export type FailureReason = 'dns' | 'network' | 'timeout' | 'too-large' | 'redirects' | 'budget';

export type FetchOutcome =
  | { kind: 'response'; url: string; status: number; finalUrl: string; redirects: Hop[]; contentType: string | undefined; bytes: Uint8Array }
  | { kind: 'failure'; url: string; reason: FailureReason; message: string; finalUrl: string; redirects: Hop[] };

const REDIRECT = new Set([301, 302, 303, 307, 308]);

class TooLarge extends Error {}

/** "5 MB", "100 kB" */
export const formatBytes = (bytes: number): string => (bytes >= 1_000_000 ? `${Math.round(bytes / 100_000) / 10} MB` : `${Math.round(bytes / 1_000)} kB`);

function networkReason(error: unknown): { reason: FailureReason; message: string } {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? '';
  const name = (error as { name?: string }).name;
  if (name === 'TimeoutError' || name === 'AbortError') return { reason: 'timeout', message: 'no answer in time' };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return { reason: 'dns', message: `the site's name did not resolve (${code})` };
  return { reason: 'network', message: `could not connect (${code || cause?.message || (error as Error).message})` };
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new TooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new TooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function throughVia(address: string, via: ReadonlyMap<string, string>): string {
  const url = new URL(address);
  const target = via.get(url.origin);
  return target ? `${target}${url.pathname}${url.search}` : address;
}

/** Fetches one page, following redirects by hand. `beforeRequest` waits for the host's turn. */
export async function fetchPage(address: string, options: FetchOptions, beforeRequest: (host: string) => Promise<void> = async () => {}): Promise<FetchOutcome> {
  const redirects: Hop[] = [];
  let current = address;
  let signal: AbortSignal | undefined;
  try {
    for (;;) {
      await beforeRequest(new URL(current).host);
      // The clock starts with the first request, not while the page waits for its host's turn.
      signal ??= AbortSignal.timeout(options.timeoutMs);
      const response = await fetch(throughVia(current, options.via), {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8' },
      });
      const location = response.headers.get('location');
      if (REDIRECT.has(response.status) && location) {
        await response.body?.cancel();
        const next = new URL(location, current).toString();
        redirects.push({ status: response.status, from: current, to: next });
        if (redirects.length > options.maxRedirects) return { kind: 'failure', url: address, reason: 'redirects', message: `more than ${options.maxRedirects} redirects`, finalUrl: next, redirects };
        current = next;
        continue;
      }
      const ok = response.status >= 200 && response.status < 300;
      const bytes = ok ? await readCapped(response, options.maxBytes) : new Uint8Array();
      if (!ok) await response.body?.cancel();
      return { kind: 'response', url: address, status: response.status, finalUrl: current, redirects, contentType: response.headers.get('content-type') ?? undefined, bytes };
    }
  } catch (error) {
    if (error instanceof TooLarge) return { kind: 'failure', url: address, reason: 'too-large', message: `larger than ${formatBytes(options.maxBytes)}, the most a page may be`, finalUrl: current, redirects };
    return { kind: 'failure', url: address, ...networkReason(error), finalUrl: current, redirects };
  }
}

/** The addresses taken one host at a time in turn, so the workers spread over sites instead of queueing on one. */
export function interleaveHosts(addresses: string[]): string[] {
  const byHost = new Map<string, string[]>();
  for (const address of addresses) {
    const host = new URL(address).host;
    byHost.set(host, [...(byHost.get(host) ?? []), address]);
  }
  const lists = [...byHost.values()];
  const longest = Math.max(0, ...lists.map((list) => list.length));
  return Array.from({ length: longest }, (_, index) => lists.flatMap((list) => (index < list.length ? [list[index] as string] : []))).flat();
}

/** Fetches every address once, politely (see the top of this file), hosts taken in turn. */
export async function fetchAll(addresses: string[], options: FetchOptions): Promise<Map<string, FetchOutcome>> {
  const started = Date.now();
  const nextTurn = new Map<string, number>();
  const failedHosts = new Map<string, FetchOutcome & { kind: 'failure' }>();
  const outcomes = new Map<string, FetchOutcome>();
  const waitForHost = async (host: string): Promise<void> => {
    const now = Date.now();
    const turn = Math.max(now, nextTurn.get(host) ?? 0);
    nextTurn.set(host, turn + options.hostDelayMs);
    if (turn > now) await new Promise((resolve) => setTimeout(resolve, turn - now));
  };
  let answered = 0;
  let networkFailures = 0;
  const queue = interleaveHosts(addresses);
  const worker = async (): Promise<void> => {
    for (let address = queue.shift(); address !== undefined; address = queue.shift()) {
      const host = new URL(address).host;
      const failed = failedHosts.get(host);
      if (failed) {
        outcomes.set(address, { ...failed, url: address, finalUrl: address, redirects: [], message: `${failed.message}, for another page of ${host} earlier in this run` });
      } else if (answered === 0 && networkFailures >= options.offlineAfter) {
        outcomes.set(address, { kind: 'failure', url: address, reason: 'network', message: `not fetched: the first ${networkFailures} pages got no answer (offline?)`, finalUrl: address, redirects: [] });
      } else if (Date.now() - started > options.budgetMs) {
        outcomes.set(address, { kind: 'failure', url: address, reason: 'budget', message: `not fetched: the run's ${Math.round(options.budgetMs / 1000)} s budget ran out`, finalUrl: address, redirects: [] });
      } else {
        const outcome = await fetchPage(address, options, waitForHost);
        outcomes.set(address, outcome);
        if (outcome.kind === 'response') answered += 1;
        else if (['dns', 'network', 'timeout'].includes(outcome.reason)) networkFailures += 1;
        if (outcome.kind === 'failure' && (outcome.reason === 'dns' || outcome.reason === 'network') && outcome.redirects.length === 0) failedHosts.set(host, outcome);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
  return outcomes;
}
