import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { contentDir, contentFiles, type ContentFile } from './contentFiles';
import { proseOf } from './figures';
import { regionFiles } from '../regions/helpers';

// Wording rules from issue 11 (December 2026): how currency is told, how law is cited, and one home per repeated
// paragraph. Each rule reads the real content files, so a regression names the file.

const pages = [...contentFiles('guides'), ...contentFiles('faq')];
const prose = (file: ContentFile) => `${String(file.data.title ?? '')}\n${String(file.data.description ?? '')}\n${proseOf(file.body)}`;
const sentences = (text: string) => text.split(/(?<=[.!?])\s+|\n+/).filter((sentence) => sentence.trim().length > 0);
const regions = regionFiles();

const changes = readdirSync(`${contentDir}changes/`)
  .filter((name) => name.endsWith('.md'))
  .map((name) => {
    const text = readFileSync(`${contentDir}changes/${name}`, 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
    return { name, data: parse(match?.[1] ?? '') as { title: string; date: string; regions: string[]; confidence: string }, body: match?.[2] ?? '' };
  });

/** Every string the region data states to readers (notes, summaries, titles), with its path. */
function regionStrings(value: unknown, path = ''): Array<{ path: string; text: string }> {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => regionStrings(item, `${path}.${index}`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => (key === 'sources' ? [] : regionStrings(item, `${path}.${key}`)));
  return [];
}

describe('currency is told honestly', () => {
  it('says "not in our sources", never "not published", in guides, FAQ entries, region text and region notes', () => {
    const offending = [
      ...pages.filter((file) => /\bnot published\b/i.test(prose(file))).map((file) => `${file.collection}/${file.id}`),
      ...regions.filter((file) => /\bnot published\b/i.test(file.body)).map((file) => `regions/${file.id} (text)`),
      ...regions.flatMap((file) => regionStrings(file.raw).filter(({ text }) => /\bnot published\b/i.test(text)).map(({ path }) => `regions/${file.id}${path}`)),
    ];
    expect(offending).toEqual([]);
  });

  it('tells the holiday rule of Germany, France, Italy and Spain in the past tense, with its season, and says this season is not in our sources', () => {
    for (const id of ['de', 'fr', 'it', 'es']) {
      const body = regions.find((file) => file.id === id)?.body ?? '';
      expect(body, id).toMatch(/2025/);
      expect(body, id).toMatch(/This season's dates are not in our sources yet|this season's dates are not in our sources yet/);
      expect(body, id).not.toMatch(/\bget(s)? (the extended deadline|a longer deadline|a January deadline)\b/);
    }
  });

  it('answers the holiday FAQ in the past tense for past seasons, naming them, and never as this season\'s rule', () => {
    const faq = pages.find((file) => file.id === 'does-the-holiday-return-window-apply-to-me');
    expect(faq).toBeDefined();
    const text = prose(faq!);
    expect(text).toMatch(/this season's dates are not in our sources yet/);
    expect(text).toMatch(/For the 2025 season, Amazon\.com gave extra time/);
    expect(text).not.toMatch(/Amazon\.com gives extra time/);
    expect(text).toMatch(/Spanish/);
  });

  it('titles past changes in the past tense and logs the 2025 holiday windows and the EU withdrawal button', () => {
    const titles = changes.map((change) => change.data.title);
    expect(titles.filter((title) => /\b(runs to|cuts|move to)\b/.test(title))).toEqual([]);
    const byName = new Map(changes.map((change) => [change.name, change]));
    expect(byName.get('2026-06-19-eu-withdrawal-button.md')?.data).toMatchObject({ date: '2026-06-19', regions: ['de', 'fr', 'it', 'es'], confidence: 'official' });
    expect(byName.get('2025-11-01-de-fr-it-holiday-returns-2025.md')?.data).toMatchObject({ regions: ['de', 'fr', 'it'], confidence: 'reported' });
    expect(byName.get('2025-11-01-es-holiday-returns-2025.md')?.data).toMatchObject({ regions: ['es'], confidence: 'reported' });
    expect(byName.get('2025-11-01-au-holiday-returns-2025.md')?.data).toMatchObject({ regions: ['au'], confidence: 'reported' });
  });
});

describe('law is cited by its article, never as "reportedly"', () => {
  const STATUTE = /\b(Directive (20|19)\d\d\/\d+|Article \d+|Art\. \d+|Consumer Contracts Regulations|Consumer Rights Act|Code de la consommation|regulation \d+)/;
  it('no sentence that names a law or an article hedges it with "reportedly" or "according to summaries"', () => {
    const offending = pages.flatMap((file) =>
      sentences(prose(file))
        .filter((sentence) => STATUTE.test(sentence) && /\breportedly\b|according to summaries|summaries of the/i.test(sentence))
        .map((sentence) => `${file.collection}/${file.id}: ${sentence}`),
    );
    expect(offending).toEqual([]);
  });

  it('never links the EU online dispute resolution platform, closed on 20 July 2025', () => {
    const all = [...pages.map((file) => `${JSON.stringify(file.data)}\n${file.body}`), ...changes.map((change) => `${JSON.stringify(change.data)}\n${change.body}`)];
    expect(all.filter((text) => /ec\.europa\.eu\/consumers\/odr|\bODR platform\b/i.test(text))).toEqual([]);
  });
});

describe('one home for each repeated paragraph', () => {
  const homes = (pattern: (text: string) => boolean) => pages.filter((file) => pattern(prose(file))).map((file) => `${file.collection}/${file.id}`);

  it('explains Refund at First Scan and what it leaves out only in the inspection guide', () => {
    expect(homes((text) => /First Scan/.test(text) && /partial refunds/.test(text))).toEqual(['guides/inspection-and-refund-issued']);
    expect(homes((text) => /designated carrier location/.test(text))).toEqual([]);
  });

  it('explains the EU refund hold (until the goods are back or proof of sending, whichever comes first) only in the legal-rights guide', () => {
    expect(homes((text) => /whichever comes first/.test(text) && /hold the refund/.test(text))).toEqual(['guides/legal-rights']);
  });

  it("spells out Amazon.ca's label rules only in the label guide", () => {
    expect(homes((text) => /one shipment/.test(text) && /within Canada/.test(text))).toEqual(['guides/return-label-or-qr-code']);
  });

  it("lists Amazon.co.uk's postage-refund cases only in the label guide", () => {
    expect(homes((text) => /incorrect, damaged, defective or not as described/.test(text) && /shoes, clothing, jewellery and watches/.test(text))).toEqual(['guides/return-label-or-qr-code']);
  });
});
