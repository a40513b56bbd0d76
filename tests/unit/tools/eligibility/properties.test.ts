import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../src/time/addDays';
import { fromDayNumber, toCivilDate, toDayNumber } from '../../../../src/time/civilDate';
import { checkEligibility, compileEligibilityRegion, eligibilityForCategory, eligibilityMenu, eligibilityVerdict, orderDateHint, type EligibilityInput, type EligibilityRegion, type EligibilityResult } from '../../../../src/tools/eligibility';
import { COMPACT_REGIONS, FULL_REGIONS, REGION_LIST } from './helpers';

const day = (text: string) => toDayNumber(toCivilDate(text));
const dateIn = (from: string, to: string) => fc.integer({ min: day(from), max: day(to) }).map(fromDayNumber);
const region = fc.constantFrom(...COMPACT_REGIONS);
const seller = fc.constantFrom('amazon', 'seller-fba', 'seller') as fc.Arbitrary<EligibilityInput['seller']>;
const condition = fc.constantFrom('unopened', 'opened', 'used', 'damaged', 'defective', 'wrong-item') as fc.Arbitrary<EligibilityInput['condition']>;

/** A valid set of answers for one region: any offered category, delivery 2000–2030, order up to 90 days before. */
const answers = region.chain((data) =>
  fc
    .record({
      category: fc.constantFrom(...data.categories.map((choice) => choice.id)),
      seller,
      condition,
      delivered: dateIn('2000-01-01', '2030-12-31'),
      orderGap: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
      todayGap: fc.integer({ min: 0, max: 1200 }),
    })
    .map(({ orderGap, todayGap, ...rest }) => ({
      data,
      input: { region: data.id, ...rest, ordered: orderGap === undefined ? undefined : addDays(rest.delivered, -orderGap), today: addDays(rest.delivered, todayGap) } as EligibilityInput,
    })),
);

const datedRules = (result: EligibilityResult) => [result.returnBy, result.deadline, ...result.otherDeadlines].filter((rule) => rule !== undefined);

describe('properties of the answer', () => {
  it('never throws, for any answers at all', () => {
    const text = fc.option(fc.oneof(fc.string({ maxLength: 20 }), dateIn('1990-01-01', '2210-12-31'), fc.constantFrom('us', 'de', 'standard', 'amazon', 'opened', 'renewed')), { nil: undefined });
    fc.assert(
      fc.property(region, fc.record({ region: text, category: text, seller: text, delivered: text, ordered: text, condition: text, today: text }), (data, raw) => {
        const outcome = checkEligibility({ ...raw, region: raw.region ?? data.id }, { regions: REGION_LIST, region: data, rules: data });
        if (outcome.ok) expect(outcome.result.headline.length).toBeGreaterThan(0);
        else expect(outcome.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('never gives a deadline before the delivery date', () => {
    fc.assert(
      fc.property(answers, ({ data, input }) => {
        for (const rule of datedRules(eligibilityVerdict(input, data))) expect(rule.date >= input.delivered).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('never gives an earlier deadline for a later delivery of the same order', () => {
    fc.assert(
      fc.property(answers, fc.integer({ min: 1, max: 60 }), ({ data, input }, later) => {
        const ordered = input.ordered ?? input.delivered;
        const first = eligibilityVerdict({ ...input, ordered }, data);
        const second = eligibilityVerdict({ ...input, ordered, delivered: addDays(input.delivered, later), today: addDays(input.today, later) }, data);
        expect(second.returnBy === undefined).toBe(first.returnBy === undefined);
        if (first.returnBy && second.returnBy) expect(second.returnBy.date >= first.returnBy.date).toBe(true);
        for (const rule of first.otherDeadlines) {
          const same = second.otherDeadlines.find((item) => item.kind === rule.kind && item.label === rule.label);
          expect(same && same.date >= rule.date).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('cites only the region\'s own sources, fills every date slot, and words every reported fact as reported', () => {
    fc.assert(
      fc.property(answers, ({ data, input }) => {
        const full = FULL_REGIONS.find((item) => item.id === data.id);
        const urls = new Set(full?.sources.map((source) => source.url));
        const result = eligibilityVerdict(input, data);
        for (const reason of [...result.reasons, ...result.conditions]) {
          expect(urls.has(reason.source.url)).toBe(true);
          expect(reason.text).not.toMatch(/\{(until|delivered|label)\}/);
          if (reason.reported) expect(reason.text).toMatch(/reported/);
        }
        for (const cost of result.costs) {
          expect(urls.has(cost.source.url)).toBe(true);
          // A reported cost is marked once, by the answer's "reported" badge (cost.reported), not again in its words.
          expect(cost.text).not.toMatch(/\(reported\)/);
        }
        for (const rule of datedRules(result)) expect(urls.has(rule.source.url)).toBe(true);
        expect(result.kind === 'returnable' || result.kind === 'conditional').toBe(result.returnBy !== undefined && input.today <= result.returnBy.date);
        if (result.deadline && result.daysLeft !== undefined) expect(addDays(input.today, result.daysLeft)).toBe(result.deadline.date);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same answer from the built JSON as from the compiled data', () => {
    // The browser reads /data/eligibility/<id>.json; the compiler's objects must survive JSON without changing an answer
    // (a Set, a Date or an `undefined` field checked with `in` would not).
    const compiled = new Map(FULL_REGIONS.map((data) => [data.id, compileEligibilityRegion(data.id, data)]));
    fc.assert(
      fc.property(answers, ({ data, input }) => {
        const fromCompiler = eligibilityVerdict(input, compiled.get(data.id) as EligibilityRegion);
        expect(JSON.stringify(eligibilityVerdict(input, data))).toBe(JSON.stringify(fromCompiler));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same answer and order-date hint from one kind of item\'s file as from the whole region', () => {
    // The browser answers from /data/eligibility/<id>/<category>.json (compile/forCategory.ts), through JSON.
    const files = new Map(COMPACT_REGIONS.flatMap((data) => data.categories.map((choice) => [`${data.id}/${choice.id}`, JSON.parse(JSON.stringify(eligibilityForCategory(data, choice.id))) as EligibilityRegion])));
    let checkedInBrowserRange = 0;
    fc.assert(
      fc.property(answers, ({ data, input }) => {
        const file = files.get(`${data.id}/${input.category}`) as EligibilityRegion;
        expect(eligibilityVerdict(input, file)).toEqual(eligibilityVerdict(input, data));
        expect(orderDateHint(file, input.category, input.delivered)).toBe(orderDateHint(data, input.category, input.delivered));
        const checked = checkEligibility(input, { regions: REGION_LIST, region: eligibilityMenu(data), rules: file });
        // The form takes years from 2000 only; an order date 90 days before a delivery in January 2000 is refused.
        if (!checked.ok) expect(checked.errors.map((error) => error.field)).toEqual(['ordered']);
        else {
          checkedInBrowserRange += 1;
          expect(checked.result).toEqual(eligibilityVerdict(input, data));
        }
      }),
      { numRuns: 5000 },
    );
    expect(checkedInBrowserRange).toBeGreaterThan(4000);
  });

  it('gives the same answer from one kind of item\'s file for an order in every holiday season, every kind of item', () => {
    // Seasons are a few weeks a year: random dates rarely land in one, so each season is tried on purpose.
    let compared = 0;
    for (const data of COMPACT_REGIONS) {
      for (const { id: category } of data.categories) {
        const file = JSON.parse(JSON.stringify(eligibilityForCategory(data, category))) as EligibilityRegion;
        for (const season of data.seasons) {
          const ordered = toCivilDate(season.purchasedFrom);
          for (const [seller, later] of [['amazon', 20], ['seller', 20], ['amazon', 75]] as const) {
            const input = { region: data.id, category, seller, condition: 'opened', ordered, delivered: addDays(ordered, 3), today: addDays(ordered, later) } as EligibilityInput;
            expect(eligibilityVerdict(input, file), `${data.id} ${category} ${season.purchasedFrom}`).toEqual(eligibilityVerdict(input, data));
            compared += 1;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('lists a kind of item shops treat apart in its own file only, so the browser needs no list of them', () => {
    const de = COMPACT_REGIONS.find((data) => data.id === 'de') as EligibilityRegion;
    expect(eligibilityForCategory(de, 'digital').apart).toEqual(['digital']);
    expect(eligibilityForCategory(de, 'books').apart).toBeUndefined();
    const input = { region: 'de', category: 'digital', seller: 'amazon', condition: 'unopened', delivered: toCivilDate('2026-11-02'), today: toCivilDate('2026-11-05') } as EligibilityInput;
    expect(eligibilityVerdict(input, eligibilityForCategory(de, 'digital')).kind).toBe(eligibilityVerdict(input, de).kind);
  });

  it('answers only with the rules of the kind of item asked about, from the region asked about', () => {
    const de = COMPACT_REGIONS.find((data) => data.id === 'de') as EligibilityRegion;
    const us = COMPACT_REGIONS.find((data) => data.id === 'us') as EligibilityRegion;
    const raw = { region: 'de', category: 'books', seller: 'amazon', delivered: '2026-11-02', condition: 'unopened', today: '2026-11-20' };
    const context = { regions: REGION_LIST, region: eligibilityMenu(de) };
    expect(checkEligibility(raw, { ...context, rules: eligibilityForCategory(de, 'books') })).toMatchObject({ ok: true });
    for (const rules of [undefined, eligibilityForCategory(de, 'electronics'), eligibilityForCategory(us, 'books')]) {
      expect(checkEligibility(raw, { ...context, rules })).toEqual({ ok: false, errors: [{ field: 'region', message: 'Amazon site: the rules for this site have not loaded yet; try again in a moment.' }] });
    }
  });
});
