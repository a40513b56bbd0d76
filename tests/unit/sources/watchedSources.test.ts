import { describe, expect, it } from 'vitest';
import { watchedSources } from '../../../scripts/sources/watchedSources';
import { dueFacts } from '../../../scripts/sources/dueFacts';
import type { ContentFile } from '../../../scripts/sources/readContent';

const region = (file: string, sources: Array<Record<string, unknown>>, facts: Record<string, unknown> = {}): ContentFile => ({ file, collection: 'regions', data: { locale: 'en-GB', sources, ...facts } });
const guide = (file: string, sources: Array<Record<string, unknown>>): ContentFile => ({ file, collection: 'guides', data: { sources } });

describe('watchedSources: every cited address once, with everything citing it', () => {
  it('merges one address cited by two regions and a guide, keeps every id, and names a guide-only source from its address', () => {
    const { sources, problems } = watchedSources([
      guide('guides/a.mdx', [{ title: 'Directive', url: 'https://eur-lex.europa.eu/eli/dir/2011/83/oj' }, { title: 'Amazon.in Renewed', url: 'https://www.amazon.in/gp/help/customer/display.html?nodeId=201842350' }]),
      region('regions/de.mdx', [{ id: 'eu-crd', title: 'Directive 2011/83/EU', url: 'https://eur-lex.europa.eu/eli/dir/2011/83/oj', kind: 'law', readOn: '2026-11-26' }]),
      region('regions/fr.mdx', [{ id: 'eu-consumer-rights', title: 'Directive 2011/83/EU', url: 'https://eur-lex.europa.eu/eli/dir/2011/83/oj', kind: 'law', readOn: '2026-11-26' }]),
    ]);
    expect(problems).toEqual([]);
    expect(sources.map((source) => [source.id, source.ids, source.citations.map((citation) => `${citation.file} ${citation.entry}`)])).toEqual([
      ['eu-crd', ['eu-crd', 'eu-consumer-rights'], ['regions/de.mdx sources[id=eu-crd]', 'regions/fr.mdx sources[id=eu-consumer-rights]', 'guides/a.mdx sources.0']],
      ['amazon-in-201842350', ['amazon-in-201842350'], ['guides/a.mdx sources.1']],
    ]);
  });

  it('gives a reused id on another address a name of its own, prefixed by its file', () => {
    const { sources } = watchedSources([
      region('regions/de.mdx', [{ id: 'holiday-report', title: 'Report', url: 'https://news.example.com/de', kind: 'press' }]),
      region('regions/es.mdx', [{ id: 'holiday-report', title: 'Report', url: 'https://news.example.com/es', kind: 'press' }]),
    ]);
    expect(sources.map((source) => source.id)).toEqual(['holiday-report', 'es-holiday-report']);
  });

  it('reports the build\'s source rules for guides too, and leaves bad addresses out of the watch', () => {
    const { sources, problems } = watchedSources([guide('guides/a.mdx', [{ title: 'Old', url: 'http://example.org/p', kind: 'press' }, { title: 'No address' }])]);
    expect(sources).toEqual([]);
    expect(problems).toEqual([
      { file: 'guides/a.mdx', field: 'sources.0.url', message: '"http://example.org/p" uses plain http://: use the page\'s https:// address, or drop the source' },
      { file: 'guides/a.mdx', field: 'sources.1.url', message: 'is missing: every source needs its https:// address' },
    ]);
  });
});

describe('dueFacts', () => {
  it('lists facts whose source was never read, and skips linkOnly pages and pages named only as checkAt or law', () => {
    const { sources } = watchedSources([
      region(
        'regions/xx.mdx',
        [
          { id: 'help', title: 'Help', url: 'https://help.example.com/a', kind: 'amazon-help' },
          { id: 'centre', title: 'Returns Centre', url: 'https://help.example.com/centre', kind: 'amazon-help', linkOnly: true },
        ],
        { returnWindow: { days: 30, counts: 'delivery', source: 'help', confidence: 'official' }, renewedGuarantee: { published: false, checkAt: 'centre', note: 'n' } },
      ),
    ]);
    expect(dueFacts(sources, '2026-12-04')).toEqual([
      { sourceId: 'help', file: 'regions/xx.mdx', path: 'returnWindow', shown: '30 days from delivery', readOn: undefined, rule: 'every 6 months', dueOn: undefined },
    ]);
  });
});
