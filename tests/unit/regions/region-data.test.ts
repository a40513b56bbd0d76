import { describe, expect, it } from 'vitest';
import { impossibleDates } from '../../../src/model/schema/impossibleDates';
import type { RegionData } from '../../../src/model/types';
import { isNotPublished, paymentTimeFor, returnsHelpPage, sourceById, windowFor } from '../../../src/model/regionFacts';
import { region, regionData, regionFiles } from './helpers';

// Sanity checks on the real content/regions/*.mdx, read as plain YAML 1.2 and run through the schema.

const files = regionFiles();

/** Every object in the data, with its dotted path. */
function nodes(value: unknown, path = ''): Array<{ path: string; node: Record<string, unknown> }> {
  if (Array.isArray(value)) return value.flatMap((item, index) => nodes(item, `${path}.${index}`));
  if (value === null || typeof value !== 'object') return [];
  const here = [{ path: path.slice(1), node: value as Record<string, unknown> }];
  return here.concat(Object.entries(value).flatMap(([key, item]) => nodes(item, `${path}.${key}`)));
}

function onDomain(url: string, domain: string): boolean {
  const host = new URL(url).hostname;
  return host === domain || host.endsWith(`.${domain}`);
}

describe('every region file', () => {
  it('exists for each marketplace, one file per region', () => {
    expect(files.length).toBeGreaterThanOrEqual(11);
    const marketplaces = files.map((file) => regionData(file).marketplace);
    expect(new Set(marketplaces).size).toBe(marketplaces.length);
  });

  for (const file of files) {
    describe(file.id, () => {
      const data = (): RegionData => regionData(file);

      it('matches the region schema', () => {
        expect(() => data()).not.toThrow();
      });

      it('writes only dates that exist', () => {
        expect(impossibleDates(file.raw)).toEqual([]);
      });

      it("links Amazon's returns help page on its own marketplace, over https", () => {
        const page = returnsHelpPage(data());
        expect(page.url).toMatch(/^https:\/\//);
        expect(onDomain(page.url, data().marketplace)).toBe(true);
      });

      it('points every "not published" marker at an official page on the marketplace', () => {
        for (const { path, node } of nodes(data())) {
          if (!isNotPublished(node)) continue;
          const page = sourceById(data(), node.checkAt);
          expect(page, path).toBeDefined();
          expect(onDomain(page!.url, data().marketplace), `${path}: ${page!.url}`).toBe(true);
        }
      });

      it('says something, published or not, about the current holiday season', () => {
        const year = Number(data().lastReviewed.slice(0, 4));
        expect(data().holidayWindows.some((window) => window.season === year)).toBe(true);
      });

      it('keeps figures out of the narrative (they live in the frontmatter); only a year or a law article number may appear', () => {
        expect(file.body.trim().length).toBeGreaterThan(200);
        const citationsAndYears = /\b(?:Art\.|Article|art\.|section|s\.)\s*\d+[\w()-]*|\b(?:19|20)\d{2}\b/g;
        expect(file.body.replace(citationsAndYears, '')).not.toMatch(/\d/);
      });

      it('never repeats the unverified "2 billion returns" claim', () => {
        expect(`${JSON.stringify(file.raw)}\n${file.body}`).not.toMatch(/billion/i);
      });

      it('gives each source a unique address (two copies of one page differ by the copy read, readAt)', () => {
        const addresses = data().sources.map((source) => `${source.url} ${source.readAt ?? ''}`);
        expect(new Set(addresses).size).toBe(addresses.length);
      });

      it('cites no weak host the December 2026 review replaced, and links every source over https by its site name', () => {
        const weak = /synonyme-du-mot|enorashopnails|beechdalefencing|mylawyer\.co\.uk|luke\.lol|domain\.glass|legal-skills-open|blogspot\.|sites\.google\.com|wordscope\.be|bfm\.fr|ajust\.com\.au|coolingoff-kuroda/;
        for (const source of data().sources) {
          for (const address of [source.url, source.readAt].filter((item): item is string => item !== undefined)) {
            expect(address, source.id).not.toMatch(weak);
            expect(new URL(address).protocol, `${source.id}: ${address}`).toBe('https:');
            expect(new URL(address).hostname, `${source.id}: ${address}`).not.toMatch(/^\d+(\.\d+){3}$/);
          }
        }
      });

      it('never links the EU online dispute resolution platform (closed on 20 July 2025)', () => {
        expect(`${JSON.stringify(file.raw)}\n${file.body}`).not.toMatch(/ec\.europa\.eu\/consumers\/odr|\bODR platform\b/i);
      });
    });
  }
});

describe('facts the site states', () => {
  const money = (id: string, method: Parameters<typeof paymentTimeFor>[1]) => {
    const answer = paymentTimeFor(region(id), method);
    if (answer.kind !== 'method') throw new Error(`${id}: no ${method} figure (${answer.kind})`);
    return answer.entries;
  };

  it('US: credit card 3–5 business days, debit card up to 10, gift card 2–3 hours (Amazon, official)', () => {
    expect(money('us', 'credit-card')).toMatchObject([{ min: 3, max: 5, unit: 'business-days', confidence: 'official' }]);
    expect(money('us', 'debit-card')).toMatchObject([{ max: 10, unit: 'business-days', confidence: 'official' }]);
    expect(money('us', 'gift-card-balance')).toMatchObject([{ min: 2, max: 3, unit: 'hours' }]);
  });

  it('AU: credit card 2–10 business days (not the US figure)', () => {
    expect(money('au', 'credit-card')).toMatchObject([{ min: 2, max: 10, unit: 'business-days', confidence: 'official' }]);
  });

  it('CA and MX: refund timing by payment method is marked not published, with a page to check', () => {
    for (const id of ['ca', 'mx']) {
      const times = region(id).refund.paymentTimes;
      expect(isNotPublished(times), id).toBe(true);
      expect(paymentTimeFor(region(id), 'credit-card').kind).toBe('not-published');
    }
  });

  it('US: Renewed Premium 365 days, other Renewed 90 (conflict A3)', () => {
    const premium = windowFor(region('us'), 'renewed-premium');
    const renewed = windowFor(region('us'), 'renewed');
    expect(premium.kind === 'rules' && premium.rows.map((row) => row.days)).toEqual([365]);
    expect(renewed.kind === 'rules' && renewed.rows.map((row) => row.days)).toEqual([90]);
  });

  it('DE: 14-day categories from 2024-03-25; Amazon devices keep 30; earlier orders keep the standard window', () => {
    const de = region('de');
    for (const category of ['electronics', 'cameras', 'computers', 'mobiles', 'video-games', 'music-video', 'office'] as const) {
      const rule = de.categoryRules.find((item) => item.category === category);
      expect(rule, category).toMatchObject({ days: 14, validFrom: '2024-03-25' });
    }
    const devices = windowFor(de, 'amazon-devices', '2025-01-10');
    expect(devices.kind === 'rules' && devices.rows[0]?.days).toBe(30);
    const before = windowFor(de, 'electronics', '2024-03-24');
    expect(before.kind === 'standard' && before.row.days).toBe(30);
    const after = windowFor(de, 'electronics', '2024-03-25');
    expect(after.kind === 'rules' && after.rows[0]?.days).toBe(14);
  });

  it('DE and IT: the 23 June 2025 additions are entered as reported', () => {
    for (const id of ['de', 'it']) {
      const toys = region(id).categoryRules.find((rule) => rule.category === 'toys');
      expect(toys, id).toMatchObject({ days: 14, validFrom: '2025-06-23', confidence: 'reported' });
    }
  });

  it('US holiday 2025: bought 1 Nov–31 Dec, back by 31 Jan 2026; Apple by 15 Jan', () => {
    const season = region('us').holidayWindows.find((window) => window.season === 2025);
    expect(season).toMatchObject({ purchasedFrom: '2025-11-01', purchasedTo: '2025-12-31', returnBy: '2026-01-31' });
    expect(season && 'variants' in season && season.variants?.[0]).toMatchObject({ categories: ['apple'], returnBy: '2026-01-15' });
  });

  it('DE/FR holiday 2025: bought up to 25 Dec, 31 Jan or 30 days after receipt (conflict A2)', () => {
    for (const id of ['de', 'fr']) {
      const season = region(id).holidayWindows.find((window) => window.season === 2025);
      expect(season, id).toMatchObject({ purchasedTo: '2025-12-25', returnBy: '2026-01-31', orDaysAfterReceipt: 30 });
    }
  });

  it('UK: holiday 2025, Japan: any holiday window, are marked not published', () => {
    expect(region('uk').holidayWindows.find((window) => window.season === 2025)).toMatchObject({ published: false });
    expect(region('jp').holidayWindows.every((window) => isNotPublished(window))).toBe(true);
  });

  it('UK A-to-z: the newer 2 business days and 90 days from the latest delivery date (conflict A4)', () => {
    const aToZ = region('uk').aToZ;
    expect(isNotPublished(aToZ)).toBe(false);
    expect(aToZ).toMatchObject({ waitBeforeClaim: { max: 2, unit: 'business-days' }, claimWindow: { days: 90, from: 'latest-estimated-delivery' } });
  });

  it('UK: the right to cancel is 14 days, never the outdated 7 working days (conflict A7)', () => {
    const rights = region('uk').statutoryRights;
    expect(isNotPublished(rights)).toBe(false);
    const cancel = !isNotPublished(rights) && rights.find((right) => right.kind === 'withdrawal');
    expect(cancel).toMatchObject({ period: { value: 14, unit: 'calendar-days' } });
    const faulty = !isNotPublished(rights) && rights.find((right) => right.kind === 'faulty-goods');
    expect(faulty).toMatchObject({ period: { value: 30 } });
  });

  it('ES: 3-year legal guarantee for goods bought from 1 January 2022 (art. 120 TRLGDCU), the earlier 2 years kept with its end date', () => {
    const es = region('es');
    const rights = isNotPublished(es.statutoryRights) ? [] : es.statutoryRights.filter((right) => right.kind === 'legal-guarantee');
    const current = rights.find((right) => right.validFrom === '2022-01-01');
    expect(current).toMatchObject({ period: { value: 3, unit: 'years' }, confidence: 'official', law: 'es-trlgdcu-art120' });
    expect(current?.lawName).toMatch(/art\. 120.*Real Decreto-ley 7\/2021/);
    expect(current?.summary).toMatch(/Digital content and digital services have 2 years/);
    expect(current?.summary).toMatch(/never less than 1 year/);
    expect(sourceById(es, current?.source ?? '')).toMatchObject({ kind: 'government' });
    expect(sourceById(es, 'es-trlgdcu-art120')).toMatchObject({ kind: 'law', url: expect.stringMatching(/^https:\/\/www\.boe\.es\//) });
    const before = rights.find((right) => right.validTo !== undefined);
    expect(before).toMatchObject({ period: { value: 2, unit: 'years' }, validTo: '2021-12-31' });
    expect(rights).toHaveLength(2);
  });

  it('FR: second-hand goods bought since 2022 are presumed faulty at delivery for 12 months, not 6 (L217-7)', () => {
    const fr = region('fr');
    const rights = isNotPublished(fr.statutoryRights) ? [] : fr.statutoryRights;
    const guarantee = rights.find((right) => right.kind === 'legal-guarantee');
    expect(guarantee).toMatchObject({ period: { value: 2, unit: 'years' }, confidence: 'official' });
    expect(guarantee?.summary).toMatch(/second-hand goods bought from 1 January 2022 that presumption lasts 12 months \(6 months for goods bought before\)/);
    expect(guarantee?.lawName).toMatch(/L217-7/);
    expect(sourceById(fr, guarantee?.source ?? '')).toMatchObject({ kind: 'government' });
    expect(`${JSON.stringify(fr)}\n${regionFiles().find((file) => file.id === 'fr')?.body}`).not.toMatch(/only a few months/);
  });

  it('CA: Québec and Ontario have conditional cancellation rights only, never a general right to cancel', () => {
    const canada = region('ca');
    const rights = isNotPublished(canada.statutoryRights) ? [] : canada.statutoryRights;
    expect(rights.filter((right) => right.kind === 'withdrawal' || right.kind === 'statutory-return')).toEqual([]);
    const quebec = rights.find((right) => right.kind === 'conditional-cancellation' && right.jurisdiction === 'Québec');
    expect(quebec).toMatchObject({ period: { value: 7, unit: 'calendar-days' }, law: 'qc-regulation-6-5', confidence: 'official' });
    expect(quebec?.summary).toMatch(/Only for distance contracts made orally/);
    expect(quebec?.summary).toMatch(/not a general cooling-off period/);
    const ontario = rights.find((right) => right.kind === 'conditional-cancellation' && right.jurisdiction === 'Ontario');
    expect(ontario?.summary).toMatch(/^Only if the seller did not give you the information/);
  });

  it('IT: no shorter window for electronics or computers in general; the 2025 categories only, as reported', () => {
    const it = region('it');
    const categories = it.categoryRules.filter((rule) => rule.days === 14).map((rule) => rule.category);
    expect(categories).not.toContain('electronics');
    expect(categories).not.toContain('computers');
    expect(it.categoryRules.every((rule) => rule.validFrom === '2025-06-23' && rule.confidence === 'reported')).toBe(true);
  });

  it('JP: opened items refunded at 50%, as reported', () => {
    const window = region('jp').returnWindow;
    expect(window).toMatchObject({ confidence: 'reported', refundShare: [{ when: 'unopened', percent: 100 }, { when: 'opened', percent: 50 }] });
  });

  it('MX: the right to revoke is 5 business days, and its online coverage is worded as our reading', () => {
    const rights = region('mx').statutoryRights;
    const revoke = !isNotPublished(rights) && rights.find((right) => right.kind === 'withdrawal');
    expect(revoke).toMatchObject({ period: { value: 5, unit: 'business-days' }, confidence: 'reported' });
    expect(revoke && revoke.note).toMatch(/our reading/);
  });

  it('IN: the UNVERIFIED "13 days after pickup" does not appear; India explains its bank holidays', () => {
    expect(JSON.stringify(region('in'))).not.toMatch(/13 days/);
    expect(region('in').holidayNote).toMatch(/bank holidays/i);
  });
});
