import { describe, expect, it } from 'vitest';
import { eligibilityVerdict, handoverDate } from '../../../../src/tools/eligibility';
import { toCivilDate } from '../../../../src/time/civilDate';
import { isNotPublished } from '../../../../src/model/regionFacts';
import { compact, FULL_REGIONS, input } from './helpers';
import { regionSections } from '../../../../src/site/regionPage/sections';

const verdict = (fields: Parameters<typeof input>[0]) => eligibilityVerdict(input(fields), compact(fields.region ?? 'us'));

describe('what it will cost', () => {
  it.each(FULL_REGIONS.map((data) => [data.id, data] as const))('%s: one line per fee the data lists, "not published" where it lists none', (id, data) => {
    const costs = verdict({ region: id, delivered: '2026-03-02', today: '2026-03-03' }).costs;
    const { freeReturns, labelFees } = data.costs;
    expect(costs.filter((cost) => cost.kind === 'free')).toHaveLength(isNotPublished(freeReturns) ? 0 : freeReturns.length);
    expect(costs.filter((cost) => cost.kind === 'label-fee')).toHaveLength(isNotPublished(labelFees) ? 0 : labelFees.length);
    for (const cost of costs) {
      expect(data.sources.map((source) => source.url)).toContain(cost.source.url);
      if (cost.kind === 'not-published') expect(cost.text).toMatch(/: not in our sources yet; check the official page\.$/);
      // "reported" is shown once, by the answer's badge from cost.reported, never also in the sentence.
      else expect(cost.text).not.toMatch(/reported\)/);
    }
  });

  it('shows the UK label fee amount and the US restocking fee only for opened collectibles', () => {
    expect(verdict({ region: 'uk', delivered: '2026-03-02', today: '2026-03-03' }).costs.some((cost) => cost.text.startsWith('Label fee, from £3.99:'))).toBe(true);
    const sealed = verdict({ region: 'us', category: 'collectibles', delivered: '2026-03-02', today: '2026-03-03' });
    const opened = verdict({ region: 'us', category: 'collectibles', condition: 'opened', delivered: '2026-03-02', today: '2026-03-03' });
    expect(sealed.costs.some((cost) => cost.text.startsWith('Restocking fee'))).toBe(false);
    expect(opened.costs.some((cost) => cost.text.startsWith('Restocking fee: 100% of the refund deducted.'))).toBe(true);
  });

  it('lists only when returns are free for a damaged, faulty or wrong item', () => {
    const costs = verdict({ region: 'uk', condition: 'damaged', delivered: '2026-03-02', today: '2026-03-03' }).costs;
    expect(costs.map((cost) => cost.kind)).toEqual(['free']);
  });

  it('makes a change of mind conditional where a label fee can apply, and a used US item also risks the damage deduction', () => {
    const used = verdict({ region: 'us', condition: 'used', delivered: '2026-03-02', today: '2026-03-03' });
    expect(used.kind).toBe('conditional');
    expect(used.conditions.some((reason) => /deducts up to 50% of the refund: the item comes back damaged/.test(reason.text))).toBe(true);
    expect(verdict({ region: 'es', delivered: '2026-03-02', today: '2026-03-03' }).kind).toBe('returnable');
  });

  it('states a replacement instead of a refund (India) and the items a window covers (US Haul)', () => {
    const phone = verdict({ region: 'in', category: 'mobiles', delivered: '2026-03-02', today: '2026-03-03' });
    expect(phone.kind).toBe('conditional');
    expect(phone.conditions[0]?.text).toBe("Amazon.in reportedly replaces mobile phones but does not refund them: you get a replacement, not your money back.");
    const haul = verdict({ region: 'us', category: 'haul', delivered: '2026-03-02', today: '2026-03-03' });
    expect(haul.conditions[0]?.text).toBe('This window is for Amazon Haul items over $3; Amazon Haul items of $3 or less reportedly cannot be returned.');
  });

  it('mentions late-return deductions once the US window has closed', () => {
    const result = verdict({ region: 'us', delivered: '2026-01-02', today: '2026-02-10' });
    expect(result.kind).toBe('not-returnable');
    expect(result.daysLeft).toBe(-9);
    expect(result.reasons.some((reason) => reason.text.startsWith('Amazon.com reportedly still takes some late returns, with 20% of the refund deducted'))).toBe(true);
  });
});

describe('what to do next', () => {
  it('starts the return and carries region and a hand-over date to the refund estimator', () => {
    const steps = verdict({ region: 'de', delivered: '2026-03-02', today: '2026-03-03' }).nextSteps;
    expect(steps[0]).toEqual({ label: 'Start your return, step by step', href: '/guides/start-a-return/' });
    expect(steps.map((step) => step.href)).toContain('/tools/refund-estimator/?region=de&handover=2026-03-04');
    expect(steps.map((step) => step.href)).toContain('/regions/de/#return-window');
  });

  it('never hands over after the last day', () => {
    expect(handoverDate(toCivilDate('2026-03-03'), toCivilDate('2026-03-03'))).toBe('2026-03-03');
    expect(handoverDate(toCivilDate('2026-03-03'), toCivilDate('2026-03-20'))).toBe('2026-03-04');
    expect(handoverDate(toCivilDate('2026-03-03'))).toBe('2026-03-04');
  });

  it('points third-party buyers to the A-to-z Guarantee, with its terms', () => {
    const result = verdict({ region: 'us', seller: 'seller-fba', delivered: '2026-03-02', today: '2026-03-03' });
    expect(result.nextSteps.map((step) => step.href)).toContain('/regions/us/#a-to-z');
    expect(result.reasons.some((reason) => reason.text.startsWith("Amazon.com's A-to-z Guarantee covers you"))).toBe(true);
    expect(result.reasons.some((reason) => reason.text === 'An A-to-z claim is due within 90 days of the latest estimated delivery date.')).toBe(true);
  });

  it('sends a reader whose item cannot be returned to the seller, the A-to-z Guarantee and customer service', () => {
    const steps = verdict({ region: 'us', category: 'personalised', seller: 'seller', delivered: '2026-03-02', today: '2026-03-03' }).nextSteps;
    expect(steps.map((step) => step.href ?? step.label)).toEqual(['Ask the seller: use "Contact seller" on your order.', '/regions/us/#a-to-z', '/guides/refund-not-arrived/', '/regions/us/#contact', '/contact/?region=us&delivered=2026-03-02&category=personalised&condition=unopened#write']);
  });

  it('links the official page when the rule is not in our sources yet, and the Renewed guide for Renewed items', () => {
    const india = verdict({ region: 'in', delivered: '2026-03-02', today: '2026-03-03' });
    expect(india.kind).toBe('not-published');
    expect(india.nextSteps[0]).toMatchObject({ external: true, href: 'https://www.amazon.in/gp/orc/returns/homepage.html' });
    expect(verdict({ region: 'us', category: 'renewed', delivered: '2026-03-02', today: '2026-03-03' }).nextSteps.map((step) => step.href)).toContain('/guides/amazon-renewed/');
  });
});

describe('the A-to-z next step', () => {
  it.each(FULL_REGIONS.map((data) => [data.id, data] as const))('%s: links the region page\'s #a-to-z section, which every region page has', (id, data) => {
    const steps = verdict({ region: id, seller: 'seller', condition: 'defective', delivered: '2026-03-02', today: '2026-03-03' }).nextSteps;
    const aToZ = steps.find((step) => step.label.includes('A-to-z'));
    expect(aToZ?.href).toBe(`/regions/${id}/#a-to-z`);
    const ids = regionSections(data, { hasBody: false, publicHolidayCount: 0, buildYear: 2026 }).map((section) => section.id as string);
    expect(ids).toContain('a-to-z');
  });
});
