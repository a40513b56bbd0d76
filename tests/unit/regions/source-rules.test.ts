import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expectAccepted, expectRejected, replaceOnce, syncContent } from '../helpers/syncContent';
import { addressProblem, sourceTier } from '../../../src/model/schema/sourceQuality';
import { SOURCE_KINDS, SOURCE_KIND_TIER, SOURCE_TIERS } from '../../../src/model/vocabulary/regionVocabulary';

// Source-quality rules (issue 11 §5): the build fails, naming the file and the field, on a raw-IP host, a plain
// http:// address (url or readAt), an unknown kind, or a copy that does not name the page it copies.

const fixture = (path: string) => readFile(fileURLToPath(new URL(`../../fixtures/content/${path}`, import.meta.url)), 'utf8');


const region = 'regions/us.mdx';
const guide = 'guides/check-eligibility.mdx';
const change = 'changes/2025-11-01-us-holiday.md';

const cases: Array<{ rule: string; file: string; edit: (text: string) => string; field: string; message: RegExp }> = [
  {
    rule: 'a source at a raw IP address',
    file: region,
    edit: (t) => replaceOnce(t, /url: https:\/\/www\.aboutamazon\.com\/news\/retail\/amazon-holiday-return-policy-2025/, 'url: https://18.157.94.27/amazon-ruecksendebedingungen/'),
    field: 'sources.1.url',
    message: /points at a raw IP address \(18\.157\.94\.27\): cite the site by its name, or drop the source/,
  },
  {
    rule: 'a source over plain http',
    file: region,
    edit: (t) => replaceOnce(t, /url: https:\/\/www\.aboutamazon\.com\//, 'url: http://www.aboutamazon.com/'),
    field: 'sources.1.url',
    message: /uses plain http:\/\/: use the page's https:\/\/ address, or drop the source/,
  },
  {
    rule: 'a copy read at a plain-http address',
    file: region,
    edit: (t) => replaceOnce(t, /readAt: https:\/\/help\.fullshine\.net/, 'readAt: http://help.fullshine.net'),
    field: 'sources.2.readAt',
    message: /uses plain http:\/\//,
  },
  {
    rule: 'a source of an unknown kind',
    file: region,
    edit: (t) => replaceOnce(t, /kind: amazon-news/, 'kind: blog'),
    field: 'sources.1.kind',
    message: /"blog" is not a kind of source: use one of amazon-help, amazon-seller-help, amazon-news, law, government, copy, press, library/,
  },
  {
    rule: 'a copy that does not name the copy it was read at',
    file: region,
    edit: (t) => replaceOnce(t, / {4}readAt: https:\/\/help\.fullshine\.net\/\?p=157\n/, ''),
    field: 'sources.2.readAt',
    message: /is required for kind: copy: put the original page's address in url and the address of the copy you read in readAt/,
  },
  {
    rule: 'a copy whose original is the copy itself',
    file: region,
    edit: (t) => replaceOnce(t, /url: https:\/\/www\.amazon\.com\/gp\/help\/customer\/display\.html\?nodeId=GKM69DUUYKQWKWX7&view=table/, 'url: https://help.fullshine.net/?p=157'),
    field: 'sources.2.readAt',
    message: /is the same address as url/,
  },
  {
    rule: 'a guide source over plain http',
    file: guide,
    edit: (t) => replaceOnce(t, /^( {4}url:) https:\/\//m, '$1 http://'),
    field: 'sources.0.url',
    message: /uses plain http:\/\//,
  },
  {
    rule: 'a guide source of an unknown kind',
    file: guide,
    edit: (t) => replaceOnce(t, /^( {4}url: .*\n)/m, '$1    kind: forum\n'),
    field: 'sources.0.kind',
    message: /"forum" is not a kind of source/,
  },
  {
    rule: 'a change-log source at a raw IP address',
    file: change,
    edit: (t) => replaceOnce(t, /^( {4}url:) https:\/\/[^\s/]+/m, '$1 https://10.0.0.1'),
    field: 'sources.0.url',
    message: /raw IP address/,
  },
];

describe('source-quality rules', () => {
  it('ranks the kinds in five tiers, law first and copies last, and a page read in a copy as a copy', () => {
    expect(Object.keys(SOURCE_TIERS)).toEqual(['law', 'amazon', 'government', 'press', 'copy']);
    expect(Object.keys(SOURCE_KIND_TIER).sort()).toEqual(Object.keys(SOURCE_KINDS).sort());
    expect(SOURCE_KIND_TIER['amazon-help']).toBe('amazon');
    expect(SOURCE_KIND_TIER['amazon-seller-help']).toBe('amazon');
    expect(SOURCE_KIND_TIER['amazon-news']).toBe('amazon');
    expect(SOURCE_KIND_TIER.library).toBe('press');
    expect(sourceTier({ kind: 'amazon-help', readAt: 'https://example.org/copy' })).toBe('copy');
    expect(sourceTier({ kind: 'law' })).toBe('law');
  });

  it.each([
    ['https://www.amazon.com/gp/help/customer/display.html?nodeId=1', undefined],
    ['http://www.amazon.com/', /plain http/],
    ['https://18.157.94.27/x', /raw IP address/],
    ['https://[2001:db8::1]/x', /raw IP address/],
    ['ftp://example.org/x', /must be a https:\/\/ address/],
    ['example.org', /not a full web address/],
    ['https://localhost/x', /no proper site name/],
  ])('judges the address %s', (address, problem) => {
    const found = addressProblem(address);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toMatch(problem);
  });

  it('accepts the valid fixtures, a copy naming its original included', async () => {
    expectAccepted(await syncContent({}));
  });

  for (const { rule, file, edit, field, message } of cases) {
    it(`rejects ${rule}, naming the file and the field`, async () => {
      expectRejected(await syncContent({ [file]: edit(await fixture(file)) }), file, field, message);
    });
  }
});
