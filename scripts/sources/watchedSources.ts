import { addressProblem, sourceRecordProblems } from '../../src/model/schema/sourceQuality';
import { SOURCE_KINDS } from '../../src/model/vocabulary/regionVocabulary';
import { citingFacts, type CitingFact } from './citingFacts';
import type { ContentFile } from './readContent';

export type SourceKind = keyof typeof SOURCE_KINDS;

/** One file citing a source: a region (with the facts resting on it) or a guide, FAQ entry or change entry. */
export interface Citation {
  /** `regions/uk.mdx` */
  file: string;
  /** Where in the file: `sources[id=amazon-uk-returns]` or `sources.2`. */
  entry: string;
  title: string;
  kind: SourceKind | undefined;
  readOn: string | undefined;
  linkOnly: boolean;
  /** Region files only: every fact, page to check or law resting on the source. */
  facts: CitingFact[];
}

/** One address to watch, with everything in content/ that cites it. */
export interface WatchedSource {
  /** The region source id where there is one (else the entry's id, else a name made from the address). */
  id: string;
  /** Every id the address is cited under, `id` first: `--accept` takes any of them. */
  ids: string[];
  url: string;
  title: string;
  kind: SourceKind | undefined;
  citations: Citation[];
}

/** A source-quality problem (sourceQuality.ts, the build's own rules), named by file and field. */
export interface SourceProblem {
  file: string;
  field: string;
  message: string;
}

const isKind = (value: unknown): value is SourceKind => typeof value === 'string' && Object.hasOwn(SOURCE_KINDS, value);

/** A readable id for a source cited without one: host and path, lowercase, hyphens. */
export function idFromAddress(url: string): string {
  let text = url;
  try {
    const parsed = new URL(url);
    const node = parsed.searchParams.get('nodeId');
    const host = parsed.hostname.replace(/^www\./, '');
    text = node ? `${host}-${node}` : `${host}${parsed.pathname.replace(/\.html?$/, '')}`;
  } catch {
    // keep the text as written; addressProblem reports it
  }
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60).replace(/-$/, '');
}

/** Every address cited in content/, once, in the order met (regions first), with the quality problems met on the way. */
export function watchedSources(files: ContentFile[]): { sources: WatchedSource[]; problems: SourceProblem[] } {
  const byUrl = new Map<string, WatchedSource>();
  const usedIds = new Map<string, string>();
  const problems: SourceProblem[] = [];
  const order = [...files].sort((a, b) => Number(b.collection === 'regions') - Number(a.collection === 'regions'));
  for (const { file, collection, data } of order) {
    const list = Array.isArray(data.sources) ? (data.sources as unknown[]) : [];
    list.forEach((item, index) => {
      if (!item || typeof item !== 'object') return;
      const source = item as Record<string, unknown>;
      const declaredId = typeof source.id === 'string' ? source.id : undefined;
      const entry = declaredId ? `sources[id=${declaredId}]` : `sources.${index}`;
      const url = typeof source.url === 'string' ? source.url.trim() : '';
      problems.push(...qualityProblems(file, entry, collection, source));
      if (!url || addressProblem(url)) return;
      const kind = isKind(source.kind) ? source.kind : undefined;
      const title = typeof source.title === 'string' ? source.title : url;
      let watched = byUrl.get(url);
      if (!watched) {
        let id = declaredId ?? idFromAddress(url);
        if (usedIds.has(id) && usedIds.get(id) !== url) id = `${file.replace(/^\w+\//, '').replace(/\.mdx?$/, '')}-${id}`;
        usedIds.set(id, url);
        watched = { id, ids: [id], url, title, kind, citations: [] };
        byUrl.set(url, watched);
      }
      if (declaredId && !watched.ids.includes(declaredId)) watched.ids.push(declaredId);
      watched.kind ??= kind;
      watched.citations.push({
        file,
        entry,
        title,
        kind,
        readOn: typeof source.readOn === 'string' ? source.readOn : undefined,
        linkOnly: source.linkOnly === true,
        facts: collection === 'regions' && declaredId ? citingFacts(data, declaredId) : [],
      });
    });
  }
  return { sources: [...byUrl.values()], problems };
}

function qualityProblems(file: string, entry: string, collection: string, source: Record<string, unknown>): SourceProblem[] {
  const problems: SourceProblem[] = [];
  const add = (field: string, message: string) => problems.push({ file, field: `${entry}.${field}`, message });
  if (typeof source.url !== 'string') add('url', 'is missing: every source needs its https:// address');
  else {
    const problem = addressProblem(source.url.trim());
    if (problem) add('url', problem);
  }
  if (typeof source.readAt === 'string') {
    const problem = addressProblem(source.readAt.trim());
    if (problem) add('readAt', problem);
  }
  if (source.kind !== undefined && !isKind(source.kind)) add('kind', `"${String(source.kind)}" is not a kind of source: use one of ${Object.keys(SOURCE_KINDS).join(', ')}`);
  if (collection === 'regions' && source.kind === undefined) add('kind', `is required on a region's source: one of ${Object.keys(SOURCE_KINDS).join(', ')}`);
  if (isKind(source.kind) && typeof source.url === 'string') {
    const record = {
      kind: source.kind,
      url: source.url,
      readAt: typeof source.readAt === 'string' ? source.readAt : undefined,
      readOn: typeof source.readOn === 'string' ? source.readOn : undefined,
      readFrom: typeof source.readFrom === 'string' ? source.readFrom : undefined,
      year: typeof source.year === 'number' ? source.year : undefined,
      linkOnly: source.linkOnly === true ? true : undefined,
    };
    for (const problem of sourceRecordProblems(record)) add(problem.field, problem.message);
  }
  return problems;
}
