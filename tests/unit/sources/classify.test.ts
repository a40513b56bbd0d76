import { describe, expect, it } from 'vitest';
import { classify } from '../../../scripts/sources/classify';
import { textDiff } from '../../../scripts/sources/textDiff';
import { idFromAddress } from '../../../scripts/sources/watchedSources';
import { interleaveHosts } from '../../../scripts/sources/fetchPage';
import type { FetchOutcome } from '../../../scripts/sources/fetchPage';
import type { AcceptedState } from '../../../scripts/sources/lockFile';
import type { PageText } from '../../../scripts/sources/fingerprint';

const URL_A = 'https://help.example.com/a';
const page: PageText = { format: 'html', text: 'Returns\n30 days.', fingerprint: 'f1' };
const accepted: AcceptedState = { id: 'a', status: 200, finalUrl: URL_A, redirects: [], format: 'html', fingerprint: 'f1', text: 'Returns\n30 days.', acceptedOn: '2026-11-26' };
const response = (status: number, redirects: Array<[number, string]> = []): FetchOutcome => ({
  kind: 'response',
  url: URL_A,
  status,
  finalUrl: redirects.at(-1)?.[1] ?? URL_A,
  redirects: redirects.map(([hopStatus, to], index) => ({ status: hopStatus, from: index === 0 ? URL_A : (redirects[index - 1]?.[1] ?? URL_A), to })),
  contentType: 'text/html',
  bytes: new Uint8Array(),
});
const failure = (reason: 'dns' | 'network' | 'timeout' | 'too-large'): FetchOutcome => ({ kind: 'failure', url: URL_A, reason, message: reason, finalUrl: URL_A, redirects: [] });

describe('classify: one page against its accepted state', () => {
  it.each([
    ['same text', response(200), page, accepted, true, 'unchanged'],
    ['other text', response(200), { ...page, fingerprint: 'f2', text: 'Returns\n14 days.' }, accepted, true, 'changed'],
    ['never accepted', response(200), page, undefined, true, 'changed'],
    ['404', response(404), undefined, accepted, true, 'dead'],
    ['410', response(410), undefined, accepted, true, 'dead'],
    ['503 (busy or blocking robots)', response(503), undefined, accepted, true, 'unreachable'],
    ['403', response(403), undefined, accepted, true, 'unreachable'],
    ['a name that does not resolve, network up', failure('dns'), undefined, accepted, true, 'dead'],
    ['a name that does not resolve, offline', failure('dns'), undefined, accepted, false, 'unreachable'],
    ['timeout', failure('timeout'), undefined, accepted, true, 'unreachable'],
    ['too large', failure('too-large'), undefined, accepted, true, 'unreachable'],
    ['301', response(200, [[301, 'https://help.example.com/b?utm_source=x']]), page, accepted, true, 'moved'],
    ['308 then 302', response(200, [[308, 'https://help.example.com/b'], [302, 'https://help.example.com/c']]), page, accepted, true, 'moved'],
    ['302 only', response(200, [[302, 'https://help.example.com/login']]), page, accepted, true, 'unchanged'],
    ['301 to the accepted address', response(200, [[301, URL_A.replace('/a', '/b')]]), page, { ...accepted, finalUrl: 'https://help.example.com/b?ref_=x' }, true, 'unchanged'],
  ] as const)('%s → %s', (_, outcome, text, state, networkUp, finding) => {
    expect(classify(outcome, text, state, networkUp).finding).toBe(finding);
  });

  it('suggests the new address of a move without tracking parameters, and diffs a change', () => {
    expect(classify(response(200, [[301, 'https://help.example.com/b?utm_source=x']]), page, accepted, true).movedTo).toBe('https://help.example.com/b');
    expect(classify(response(200), { ...page, fingerprint: 'f2', text: 'Returns\n14 days.' }, accepted, true).diff).toEqual(['- 30 days.', '+ 14 days.']);
  });
});

describe('textDiff', () => {
  it('lists removed then added lines, ignores lines that only moved, and stays short', () => {
    expect(textDiff('a\nb\nc', 'c\nb\na')).toEqual([]);
    expect(textDiff('a\nb', 'a\nB\nd')).toEqual(['- b', '+ B', '+ d']);
    expect(textDiff('', 'x')).toEqual(['+ x']);
    const many = textDiff('', Array.from({ length: 20 }, (_, index) => `line ${index}`).join('\n'), 5);
    expect(many).toHaveLength(6);
    expect(many.at(-1)).toBe('… 15 more changed lines');
    expect(textDiff('', 'x'.repeat(300), 5, 20)[0]).toBe(`+ ${'x'.repeat(19)}…`);
  });
});

describe('idFromAddress: a name for a source cited without an id', () => {
  it.each([
    ['https://www.amazon.in/gp/help/customer/display.html?nodeId=201842350', 'amazon-in-201842350'],
    ['https://reportfraud.ftc.gov/', 'reportfraud-ftc-gov'],
    ['https://www.legislation.gov.uk/ukpga/2015/15/section/22', 'legislation-gov-uk-ukpga-2015-15-section-22'],
  ])('%s → %s', (address, id) => {
    expect(idFromAddress(address)).toBe(id);
  });
});

describe('interleaveHosts: politeness without queueing on one site', () => {
  it('takes one page per host in turn, keeping each host\'s order', () => {
    expect(interleaveHosts(['https://a.example/1', 'https://a.example/2', 'https://a.example/3', 'https://b.example/1', 'https://c.example/1', 'https://b.example/2'])).toEqual([
      'https://a.example/1',
      'https://b.example/1',
      'https://c.example/1',
      'https://a.example/2',
      'https://b.example/2',
      'https://a.example/3',
    ]);
  });
});
