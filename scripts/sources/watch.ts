import { fetchAll, type FetchOptions, type FetchOutcome, type Hop } from './fetchPage';
import { pageText, type PageText } from './fingerprint';
import { classify, FINDINGS, type Finding } from './classify';
import { MAX_TEXT, readLock, writeLock, type AcceptedState } from './lockFile';
import { readContent } from './readContent';
import { watchedSources, type SourceProblem, type WatchedSource } from './watchedSources';
import { dueFacts, type DueFact } from './dueFacts';

export interface WatchOptions {
  contentDir: string;
  lockPath: string;
  /** YYYY-MM-DD: the day of the run (staleness and accepted-on dates). */
  today: string;
  fetch: FetchOptions;
  /** Ids (or addresses) to accept after the check, or ['all']. */
  accept: string[];
}

export interface SourceResult extends Omit<WatchedSource, 'ids'> {
  ids: string[];
  finding: Finding;
  reason: string;
  status: number | undefined;
  finalUrl: string;
  redirects: Hop[];
  movedTo: string | undefined;
  diff: string[];
  /** True when this run recorded the page's state in the lock file. */
  accepted: boolean;
}

export interface WatchReport {
  checkedOn: string;
  /** No page got an HTTP answer: nothing could be compared. */
  offline: boolean;
  results: SourceResult[];
  due: DueFact[];
  problems: SourceProblem[];
  /** Ids given to --accept that match no cited source, or that cannot be accepted (no page was read). */
  notAccepted: Array<{ id: string; why: string }>;
  counts: Record<Finding | 'checked', number>;
  exitCode: 0 | 1;
}

/** Findings an editor must act on: the run exits 1 while one of them is not accepted. */
const NEEDS_EDITOR: ReadonlySet<Finding> = new Set(['changed', 'moved', 'dead']);

export async function watch(options: WatchOptions): Promise<WatchReport> {
  const content = readContent(options.contentDir);
  const { sources, problems } = watchedSources(content.files);
  const lock = readLock(options.lockPath);
  const outcomes = await fetchAll(sources.map((source) => source.url), options.fetch);
  const networkUp = [...outcomes.values()].some((outcome) => outcome.kind === 'response');
  const acceptAll = options.accept.includes('all');
  const wanted = new Set(options.accept.filter((id) => id !== 'all'));
  const notAccepted: WatchReport['notAccepted'] = [];

  const results = sources.map((source): SourceResult => {
    const outcome = outcomes.get(source.url) as FetchOutcome;
    const page: PageText | undefined = outcome.kind === 'response' && outcome.status >= 200 && outcome.status < 300 ? pageText(outcome.bytes, outcome.contentType) : undefined;
    const classification = classify(outcome, page, lock.sources[source.url], networkUp);
    const asked = acceptAll || source.ids.some((id) => wanted.has(id)) || wanted.has(source.url);
    for (const id of [...source.ids, source.url]) wanted.delete(id);
    let accepted = false;
    if (asked && page && outcome.kind === 'response' && classification.finding !== 'unchanged') {
      lock.sources[source.url] = acceptedState(source.id, outcome.status, outcome.finalUrl, outcome.redirects, page, options.today);
      accepted = true;
    } else if (asked && !acceptAll && !page) {
      notAccepted.push({ id: source.id, why: `it is ${classification.finding} (${classification.reason}): only a page that was read can be accepted` });
    }
    return {
      ...source,
      finding: classification.finding,
      reason: classification.reason,
      status: outcome.kind === 'response' ? outcome.status : undefined,
      finalUrl: outcome.finalUrl,
      redirects: outcome.redirects,
      movedTo: classification.movedTo,
      diff: classification.diff,
      accepted,
    };
  });
  for (const id of wanted) notAccepted.push({ id, why: 'no cited source has this id or address' });
  if (results.some((result) => result.accepted)) writeLock(options.lockPath, lock);

  const counts = Object.fromEntries([['checked', results.length], ...FINDINGS.map((finding) => [finding, results.filter((result) => result.finding === finding).length])]) as WatchReport['counts'];
  const allProblems = [...content.problems, ...problems];
  const needsEditor = results.some((result) => NEEDS_EDITOR.has(result.finding) && !result.accepted) || allProblems.length > 0 || notAccepted.length > 0;
  return {
    checkedOn: options.today,
    offline: !networkUp && results.length > 0,
    results,
    due: dueFacts(sources, options.today),
    problems: allProblems,
    notAccepted,
    counts,
    exitCode: needsEditor ? 1 : 0,
  };
}

function acceptedState(id: string, status: number, finalUrl: string, redirects: Hop[], page: PageText, today: string): AcceptedState {
  return { id, status, finalUrl, redirects, format: page.format, fingerprint: page.fingerprint, text: page.text.slice(0, MAX_TEXT), acceptedOn: today };
}
