import { describe, expect, it } from 'vitest';
import { eligibilityVerdict } from '../../../../src/tools/eligibility';
import { compact, input } from './helpers';

const verdict = (fields: Parameters<typeof input>[0]) => eligibilityVerdict(input(fields), compact(fields.region ?? 'us'));

describe('the right to cancel', () => {
  it.each([
    ['uk', '2026-03-02', '2026-03-16'],
    ['de', '2026-03-02', '2026-03-16'],
    ['fr', '2026-03-02', '2026-03-16'],
    ['it', '2026-03-02', '2026-03-16'],
    ['es', '2026-03-02', '2026-03-16'],
  ])('%s: 14 days from delivery on %s, until %s', (region, delivered, until) => {
    const result = verdict({ region, delivered, today: delivered });
    expect(result.reasons.some((reason) => reason.text.includes(`so until ${until.slice(8, 10).replace(/^0/, '')} March 2026`))).toBe(true);
  });

  it('Mexico: 5 business days, skipping the weekend (delivered Friday 6 March 2026, until Friday 13 March)', () => {
    const result = verdict({ region: 'mx', delivered: '2026-03-06', today: '2026-03-07' });
    const cancel = result.reasons.find((reason) => reason.text.includes('5 business days'));
    expect(cancel?.text).toContain('so until 13 March 2026 (we skipped weekends only');
    // The law text is the source (read in a copy): the rule is stated and the article cited, never "reported".
    expect(cancel?.text).toContain('(Ley Federal de Protección al Consumidor, Art. 56)');
    expect(cancel?.text).not.toContain('reported');
    expect(cancel?.reported).toBe(false);
  });

  it('is taken away by an exception in the law (personalised goods), and then nothing is assumed', () => {
    const personalised = verdict({ region: 'de', category: 'personalised', delivered: '2026-03-02', today: '2026-03-03' });
    expect(personalised.kind).toBe('not-published');
    expect(personalised.reasons.some((reason) => reason.text.startsWith('Personalised goods: Goods made to your specifications'))).toBe(true);
  });

  it('lets a used item go back in the EU, stating what you answer for after cancelling', () => {
    const result = verdict({ region: 'de', condition: 'used', delivered: '2026-03-02', today: '2026-03-03' });
    expect(result.kind).toBe('conditional');
    expect(result.conditions.some((reason) => /loss in value/.test(reason.text))).toBe(true);
  });

  it('does not count on the right to cancel for groceries, where the law has exceptions our sources do not list', () => {
    const result = verdict({ region: 'fr', category: 'grocery-perishables', delivered: '2026-03-02', today: '2026-03-03' });
    expect(result.kind).toBe('not-published');
    expect(result.returnBy).toBeUndefined();
    expect(result.reasons.some((reason) => reason.text.endsWith('so we did not count on it.'))).toBe(true);
  });
});

describe('faulty, damaged or wrong items after the store window', () => {
  it('EU legal guarantee: 2 years from delivery', () => {
    const result = verdict({ region: 'de', condition: 'damaged', delivered: '2026-03-02', today: '2026-09-01' });
    expect(result.kind).toBe('legal-rights');
    expect(result.deadline?.date).toBe('2028-03-02');
    expect(result.deadline?.kind).toBe('legal-guarantee');
    expect(result.daysLeft).toBeGreaterThan(500);
    expect(result.nextSteps.map((step) => step.href)).toContain('/guides/legal-rights/');
  });

  it('Australia: the ACL has no fixed deadline, so the window that closed stays the date shown', () => {
    const result = verdict({ region: 'au', condition: 'defective', delivered: '2026-03-02', today: '2026-06-01' });
    expect(result.kind).toBe('legal-rights');
    expect(result.deadline?.date).toBe('2026-04-01');
    expect(result.daysLeft).toBeLessThan(0);
    expect(result.summary).toContain('without a fixed deadline');
    expect(result.reasons.some((reason) => reason.text.includes('major failure'))).toBe(true);
  });

  it('UK after the short-term right to reject: closed, with the legal rights guide and the warranty as next steps', () => {
    const result = verdict({ region: 'uk', condition: 'wrong-item', delivered: '2026-03-02', today: '2026-05-01' });
    expect(result.kind).toBe('not-returnable');
    expect(result.nextSteps.map((step) => step.label)).toContain("Check the manufacturer's warranty: it can cover a fault after the return window has closed.");
  });

  it('US: no general law in our sources, said as such', () => {
    const result = verdict({ region: 'us', condition: 'defective', delivered: '2026-03-02', today: '2026-05-01' });
    expect(result.kind).toBe('not-returnable');
    expect(result.reasons.some((reason) => reason.text.startsWith('Our sources describe no US law'))).toBe(true);
  });

  it('a faulty Renewed item is covered by the Renewed Guarantee after the window', () => {
    const result = verdict({ region: 'jp', category: 'renewed', condition: 'defective', delivered: '2026-03-02', today: '2026-05-01' });
    expect(result.kind).toBe('legal-rights');
    expect(result.deadline?.kind).toBe('renewed-guarantee');
    expect(result.deadline?.date).toBe('2026-08-29');
  });
});

describe('Japan: no cooling-off, and the statutory return only where no terms are shown', () => {
  it('says both once the store window has closed', () => {
    const result = verdict({ region: 'jp', delivered: '2026-03-02', today: '2026-05-01' });
    expect(result.kind).toBe('not-returnable');
    expect(result.reasons.some((reason) => reason.text.startsWith('No cooling-off for online shopping'))).toBe(true);
    expect(result.reasons.some((reason) => reason.text.startsWith('Statutory right to return when no terms are shown: 8 days from delivery, so until 10 March 2026'))).toBe(true);
  });
});
