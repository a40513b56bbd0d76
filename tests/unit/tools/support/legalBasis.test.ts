import { describe, expect, it } from 'vitest';
import { toCivilDate } from '../../../../src/time/civilDate';
import { citableRights, supportRight, type CitableRight, legalBasisFor, legalBasisSentence, SITUATION_IDS, compileSupportRegion, type LegalDates, type SituationId, type SupportRegion, type SupportRight } from '../../../../src/tools/support';
import { formatDuration } from '../../../../src/model/format';
import { regionData, regionFiles } from '../../regions/helpers';

// Wording, with a made-up region so the expected sentences do not change when the real data is edited. Rights are
// written as region data writes them ("your", "you") and compiled as the build compiles them.
const right = (kind: SupportRight['kind'], extra: Partial<CitableRight> = {}): SupportRight =>
  supportRight({
    kind,
    title: 'Example right',
    lawName: 'Example Act 2020, s. 1',
    summary: 'You can do something.',
    confidence: 'official',
    ...extra,
  });
const days = (value: number) => ({ value, unit: 'calendar-days' as const });
const region = (...rights: SupportRight[]): SupportRegion => ({ id: 'xx', name: 'Exampleland', marketplace: 'amazon.example', currency: 'GBP', locale: 'en-GB', weekend: [6, 7], rights, citable: citableRights(rights) });
const on = (delivered: string, handover: string | undefined, today = '2026-11-20'): LegalDates => ({
  delivered: toCivilDate(delivered),
  handover: handover === undefined ? undefined : toCivilDate(handover),
  today: toCivilDate(today),
});

const cancel = right('withdrawal', { period: days(14), from: 'the day the goods come into your physical possession' });
const refund = right('refund-deadline', { period: days(14), from: 'the day the trader is told you are withdrawing' });
const reject = right('faulty-goods', { period: days(30), from: 'the day ownership passes to you' });
const guarantee = right('legal-guarantee', { period: { value: 2, unit: 'years' }, from: 'delivery' });
const complaints = right('complaints', { period: { value: 1, unit: 'months' }, from: 'the day the complaint is received' });

describe('legalBasisFor: which right, and in which words', () => {
  const cases: Array<{ name: string; rights: SupportRight[]; situation: SituationId; dates: LegalDates; sentence?: string; reason?: RegExp }> = [
    {
      name: 'refund deadline once the item went back within the cancellation period',
      rights: [cancel, refund],
      situation: 'refund-not-received',
      dates: on('2026-11-02', '2026-11-16'),
      sentence: 'I cancelled this order within the legal cancellation period, so the refund is due within 14 days of the day the trader is told I am withdrawing (Example Act 2020, s. 1).',
    },
    {
      name: 'no refund deadline when the item went back after the cancellation period',
      rights: [cancel, refund],
      situation: 'refund-not-received',
      dates: on('2026-11-02', '2026-11-17'),
      reason: /went back more than 14 days after delivery/,
    },
    {
      name: 'no refund deadline without the hand-over date',
      rights: [cancel, refund],
      situation: 'refund-not-received',
      dates: on('2026-11-02', undefined),
      reason: /Add the date you handed the item back/,
    },
    {
      name: 'no refund deadline where the law gives no general right to cancel',
      rights: [refund],
      situation: 'refund-not-received',
      dates: on('2026-11-02', '2026-11-05'),
      reason: /Exampleland data has no law that fits/,
    },
    {
      name: 'the right to cancel for a refused return, within the period',
      rights: [cancel],
      situation: 'return-refused',
      dates: on('2026-11-02', '2026-11-10'),
      sentence: 'The law gives me 14 days to cancel an online order, counted from the day the goods come into my physical possession, and I cancelled within that time (Example Act 2020, s. 1).',
    },
    {
      name: 'the right to cancel counts to today when nothing went back yet',
      rights: [cancel],
      situation: 'return-refused',
      dates: on('2026-11-02', undefined, '2026-11-20'),
      reason: /More than 14 days passed/,
    },
    {
      name: 'the right to reject a faulty item while it lasts',
      rights: [reject, guarantee],
      situation: 'damaged-faulty',
      dates: on('2026-11-02', undefined, '2026-12-02'),
      sentence: 'The law lets me reject goods that are faulty or not as described within 30 days of the day ownership passes to me, and I am within that time (Example Act 2020, s. 1).',
    },
    {
      name: 'the legal guarantee once the right to reject has run out',
      rights: [reject, guarantee],
      situation: 'wrong-item',
      dates: on('2026-11-02', undefined, '2026-12-03'),
      sentence: 'Under the legal guarantee, the seller must put right goods that are faulty or not as described when the problem appears within 2 years of delivery (Example Act 2020, s. 1).',
    },
    {
      name: 'the legal guarantee up to its last day',
      rights: [guarantee],
      situation: 'damaged-faulty',
      dates: on('2024-11-20', undefined, '2026-11-20'),
      sentence: 'Under the legal guarantee, the seller must put right goods that are faulty or not as described when the problem appears within 2 years of delivery (Example Act 2020, s. 1).',
    },
    {
      name: 'nothing the day after the legal guarantee ends',
      rights: [guarantee],
      situation: 'damaged-faulty',
      dates: on('2024-11-20', undefined, '2026-11-21'),
      reason: /legal guarantee lasts 2 years, which has passed/,
    },
    {
      name: 'a faulty-goods right without a period, in its own words',
      rights: [right('faulty-goods', { title: 'Major failure', lawName: 'Example Consumer Law', summary: 'If a product has a major failure, you choose between a refund and a replacement. More text.' })],
      situation: 'damaged-faulty',
      dates: on('2026-01-02', undefined),
      sentence: 'Major failure (Example Consumer Law): If a product has a major failure, I choose between a refund and a replacement.',
    },
    {
      name: 'the complaints deadline when nothing more specific applies',
      rights: [cancel, refund, complaints],
      situation: 'refund-lower',
      dates: on('2026-11-02', '2026-11-05'),
      sentence: 'The law requires a complaint like this one to be resolved within 1 month of the day the complaint is received (Example Act 2020, s. 1).',
    },
    {
      name: 'nothing from a right limited to one province',
      rights: [right('withdrawal', { period: days(7), jurisdiction: 'Québec' })],
      situation: 'return-refused',
      dates: on('2026-11-02', '2026-11-03'),
      reason: /no law that fits/,
    },
    {
      name: 'a right whose jurisdiction is the whole region',
      rights: [right('withdrawal', { period: days(7), jurisdiction: 'Exampleland (federal)' })],
      situation: 'return-refused',
      dates: on('2026-11-02', '2026-11-03'),
      sentence: 'The law gives me 7 days to cancel an online order, and I cancelled within that time (Example Act 2020, s. 1).',
    },
    {
      name: 'nothing from a right not yet in force on the delivery date',
      rights: [right('complaints', { period: days(30), validFrom: '2027-01-01' })],
      situation: 'other',
      dates: on('2026-11-02', undefined),
      reason: /no law that fits/,
    },
    {
      name: 'business days skip the weekend, as the checker counts them: delivered Monday, the fifth is next Monday',
      rights: [right('withdrawal', { period: { value: 5, unit: 'business-days' } })],
      situation: 'return-refused',
      dates: on('2026-11-02', '2026-11-09'),
      sentence: 'The law gives me 5 business days to cancel an online order, and I cancelled within that time (Example Act 2020, s. 1).',
    },
    {
      name: 'business days: the day after the fifth is not claimed',
      rights: [right('withdrawal', { period: { value: 5, unit: 'business-days' } })],
      situation: 'return-refused',
      dates: on('2026-11-02', '2026-11-10'),
      reason: /More than 5 business days passed/,
    },
  ];

  for (const { name, rights, situation, dates, sentence, reason } of cases) {
    it(name, () => {
      const basis = legalBasisFor(region(...rights), situation, dates);
      if (sentence) {
        expect(basis).toMatchObject({ kind: 'sentence', sentence });
        expect(legalBasisSentence(region(...rights), situation, dates)).toBe(sentence);
      } else {
        expect(basis.kind).toBe('none');
        if (basis.kind === 'none') expect(basis.reason).toMatch(reason ?? /./);
        expect(legalBasisSentence(region(...rights), situation, dates)).toBeUndefined();
      }
    });
  }
});

describe('legal sentences from the real region data', () => {
  const regions = regionFiles().map((file) => compileSupportRegion(file.id, regionData(file)));
  const byId = (id: string) => {
    const found = regions.find((item) => item.id === id);
    if (!found) throw new Error(`no region ${id}`);
    return found;
  };
  const soon = on('2026-11-02', '2026-11-05', '2026-11-10');

  for (const supportRegion of regions) {
    it(`${supportRegion.id}: every sentence names the law and the period from the data, for every situation`, () => {
      for (const situation of SITUATION_IDS) {
        const basis = legalBasisFor(supportRegion, situation, soon);
        if (basis.kind === 'none') {
          expect(basis.reason.length).toBeGreaterThan(20);
          continue;
        }
        expect(supportRegion.rights).toContain(basis.right);
        expect(basis.sentence).toContain(`(${basis.right.lawName})`);
        if (basis.right.period) expect(basis.sentence).toContain(formatDuration(basis.right.period));
        expect(basis.sentence).not.toMatch(/\byou(r)?\b/i);
        expect(basis.sentence.split(/(?<=[.!?])\s+(?=[A-Z])/)).toHaveLength(1);
      }
    });
  }

  it('UK: the 30-day short-term right to reject a faulty item, only while it lasts', () => {
    const uk = byId('uk');
    const basis = legalBasisFor(uk, 'damaged-faulty', on('2026-11-02', undefined, '2026-11-20'));
    expect(basis).toMatchObject({ kind: 'sentence', right: { kind: 'faulty-goods', lawName: expect.stringMatching(/Consumer Rights Act 2015/) } });
    expect(basis.kind === 'sentence' && basis.sentence).toContain('within 30 days');
    expect(legalBasisFor(uk, 'damaged-faulty', on('2026-09-02', undefined, '2026-11-20')).kind).toBe('none');
  });

  it('UK and the EU: the 14-day refund deadline after a cancellation', () => {
    for (const id of ['uk', 'de', 'fr', 'it', 'es']) {
      const basis = legalBasisFor(byId(id), 'refund-not-received', soon);
      expect(basis, id).toMatchObject({ kind: 'sentence', right: { kind: 'refund-deadline', period: { value: 14, unit: 'calendar-days' } } });
    }
  });

  it('Australia: a major failure under the Australian Consumer Law', () => {
    const basis = legalBasisFor(byId('au'), 'damaged-faulty', soon);
    expect(basis.kind === 'sentence' && basis.sentence).toMatch(/^Major failure \(Australian Consumer Law\): If a product has a major failure, I choose between a refund and a replacement\.$/);
  });

  it('no legal sentence where the data has none that fits: the US, Japan, and Canada (rights only by province)', () => {
    for (const id of ['us', 'jp', 'ca']) {
      for (const situation of SITUATION_IDS) expect(legalBasisSentence(byId(id), situation, soon), `${id} ${situation}`).toBeUndefined();
    }
  });
});
