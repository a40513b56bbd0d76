import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expectAccepted, expectRejected, replaceOnce, syncContent } from '../helpers/syncContent';
import { READ_FROM } from '../../../src/model/vocabulary/regionVocabulary';
import { regionData, regionFiles } from './helpers';

// Every source says when our research read it (readOn), from what (the page, a stored copy of it, or a third-party
// copy), and, where the page shows one, its own year: "as of" is a property of each source, not of the file.

const file = 'regions/us.mdx';
const fixture = () => readFile(fileURLToPath(new URL(`../../fixtures/content/${file}`, import.meta.url)), 'utf8');


/** Adds read-record lines to the fixture source `id` (its kind line is the anchor). */
const onSource = (text: string, kindLine: RegExp, lines: string[]) => replaceOnce(text, kindLine, (match) => `${match}\n${lines.map((line) => `    ${line}`).join('\n')}`);
const HOLIDAY = /kind: amazon-news/;
const COPY = /readAt: https:\/\/help\.fullshine\.net\/\?p=157/;

const cases: Array<{ rule: string; edit: (text: string) => string; field: string; message: RegExp }> = [
  {
    rule: 'readFrom: copy without the address of the copy',
    edit: (t) => onSource(t, HOLIDAY, ['readOn: 2026-11-26', 'readFrom: copy']),
    field: 'sources.1.readFrom',
    message: /is "copy" but readAt is missing/,
  },
  {
    rule: 'a copy (readAt) said to be read on the page itself',
    edit: (t) => onSource(t, COPY, ['readOn: 2026-11-26', 'readFrom: stored-page']),
    field: 'sources.2.readFrom',
    message: /readAt says the page was read in a copy: use readFrom: copy/,
  },
  {
    rule: 'an unknown way of reading',
    edit: (t) => onSource(t, HOLIDAY, ['readOn: 2026-11-26', 'readFrom: memory']),
    field: 'sources.1.readFrom',
    message: /"memory" is not how the page was read: use one of live-page, stored-page, copy/,
  },
  {
    rule: 'a read date that does not exist',
    edit: (t) => onSource(t, HOLIDAY, ['readOn: 2026-11-31', 'readFrom: stored-page']),
    field: 'sources.1.readOn',
    message: /not a real date/,
  },
  {
    rule: 'a page from a year after the day it was read',
    edit: (t) => onSource(t, HOLIDAY, ['readOn: 2026-11-26', 'readFrom: stored-page', 'year: 2027']),
    field: 'sources.1.year',
    message: /\(2027\) is after the day the page was read \(readOn 2026-11-26\)/,
  },
  {
    rule: 'a year that is not a year',
    edit: (t) => onSource(t, HOLIDAY, ['readOn: 2026-11-26', 'readFrom: stored-page', 'year: 21']),
    field: 'sources.1.year',
    message: /must be a year from 1990 on/,
  },
  {
    rule: 'a read record on a page marked linkOnly (not read)',
    edit: (t) => onSource(t, HOLIDAY, ['linkOnly: true', 'readOn: 2026-11-26']),
    field: 'sources.1.readOn',
    message: /must be left out on a linkOnly source/,
  },
];

describe('read records on sources', () => {
  it('has three ways of reading, a stored copy told apart from the live page', () => {
    expect(Object.keys(READ_FROM)).toEqual(['live-page', 'stored-page', 'copy']);
  });

  it('accepts a full read record', async () => {
    expectAccepted(await syncContent({ [file]: onSource(await fixture(), HOLIDAY, ['readOn: 2026-11-26', 'readFrom: stored-page', 'year: 2025']) }));
  });

  for (const { rule, edit, field, message } of cases) {
    it(`rejects ${rule}, naming the file and the field`, async () => {
      expectRejected(await syncContent({ [file]: edit(await fixture()) }), file, field, message);
    });
  }
});

describe('read records in the real region files', () => {
  const today = new Date().toISOString().slice(0, 10);
  for (const regionFile of regionFiles()) {
    it(`${regionFile.id}: every source it read says when and from what; pages not read say nothing`, () => {
      for (const source of regionData(regionFile).sources) {
        if (source.linkOnly) {
          expect(source.readOn, source.id).toBeUndefined();
          continue;
        }
        expect(source.readOn, `${source.id}: readOn`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(source.readOn! <= today, `${source.id}: read in the future`).toBe(true);
        expect(source.readFrom, `${source.id}: readFrom`).toBe(source.readAt ? 'copy' : 'stored-page');
        if (source.year !== undefined) expect(source.year, source.id).toBeLessThanOrEqual(Number(source.readOn!.slice(0, 4)));
      }
    });
  }

  it('gives the year of the old sources the issue names: the 2021 label fee, the 2016 Renewed report, the 2012 Canadian holiday window, the 2015 UK page', () => {
    const year = (id: string, sourceId: string) => regionData(regionFiles().find((item) => item.id === id)!).sources.find((source) => source.id === sourceId)?.year;
    expect(year('de', 'return-costs-2021-report')).toBe(2021);
    expect(year('de', 'renewed-2016-report')).toBe(2016);
    expect(year('ca', 'holiday-2012-copy')).toBe(2012);
    expect(year('uk', 'amazon-uk-returns-2015')).toBe(2015);
  });
});
