import { describe, expect, it } from 'vitest';
import { eligibilityVerdict, type EligibilityInput } from '../../../../src/tools/eligibility';
import { compact, input } from './helpers';

/** The dossier's worked examples, hard-coded: if the data or the rules drift, these say so in plain numbers. */
const verdict = (fields: Parameters<typeof input>[0]) => {
  const answers: EligibilityInput = input(fields);
  return eligibilityVerdict(answers, compact(answers.region));
};

describe('dossier examples', () => {
  it('a US order of 20 November 2025 delivered on the 22nd can go back until 31 January 2026 (holiday window)', () => {
    const result = verdict({ region: 'us', ordered: '2025-11-20', delivered: '2025-11-22', today: '2025-12-01' });
    expect(result.returnBy?.date).toBe('2026-01-31');
    expect(result.returnBy?.kind).toBe('holiday');
    expect(result.deadline?.date).toBe('2026-01-31');
    expect(result.daysLeft).toBe(61);
    expect(['returnable', 'conditional']).toContain(result.kind);
    expect(result.reasons.some((reason) => reason.source.url === 'https://www.aboutamazon.com/news/retail/amazon-holiday-return-policy-2025')).toBe(true);
  });

  it('gives Apple products bought in the US holiday season the earlier 15 January 2026', () => {
    expect(verdict({ region: 'us', category: 'apple', ordered: '2025-11-20', delivered: '2025-11-22', today: '2025-12-01' }).returnBy?.date).toBe('2026-01-15');
  });

  it('gives a German electronics item delivered after 25 March 2024 14 days', () => {
    const result = verdict({ region: 'de', category: 'electronics', delivered: '2024-04-10', today: '2024-04-12' });
    expect(result.returnBy?.date).toBe('2024-04-24');
    expect(result.returnBy?.kind).toBe('category');
    expect(result.reasons[0]?.text).toMatch(/reportedly takes back electronics within 14 days/);
  });

  it('keeps the old 30 days for German electronics ordered before 25 March 2024', () => {
    const result = verdict({ region: 'de', category: 'electronics', ordered: '2024-03-20', delivered: '2024-03-27', today: '2024-03-28' });
    expect(result.returnBy?.date).toBe('2024-04-26');
    expect(result.returnBy?.kind).toBe('standard');
  });

  it('keeps the UK 30-day short-term right to reject a faulty item beside the store policy', () => {
    const result = verdict({ region: 'uk', condition: 'defective', delivered: '2026-03-02', today: '2026-03-10' });
    expect(result.kind).toBe('returnable');
    const reject = result.otherDeadlines.find((rule) => rule.kind === 'faulty-goods');
    expect(reject?.date).toBe('2026-04-01');
    expect(reject?.label).toBe('Short-term right to reject faulty goods');
    expect(reject?.source.url).toContain('legislation.gov.uk/ukpga/2015/15/section/22');
    expect(result.reasons.some((reason) => reason.text.startsWith('Short-term right to reject faulty goods: 30 days'))).toBe(true);
  });

  it('refunds 50% for an opened item in Japan, worded as reported', () => {
    const result = verdict({ region: 'jp', condition: 'opened', delivered: '2026-03-01', today: '2026-03-05' });
    expect(result.kind).toBe('conditional');
    expect(result.conditions.map((reason) => reason.text)).toContain(
      'Amazon.co.jp reportedly refunds only 50% of the price for an opened item you return because you changed your mind.',
    );
    expect(result.costs.find((cost) => cost.kind === 'refund-share')?.text).toBe('Refund: 50% of the price for an opened item.');
  });

  it('gives US Renewed Premium 365 days and other Renewed items 90', () => {
    expect(verdict({ region: 'us', category: 'renewed-premium', delivered: '2026-03-01', today: '2026-03-02' }).returnBy?.date).toBe('2027-03-01');
    expect(verdict({ region: 'us', category: 'renewed', delivered: '2026-03-01', today: '2026-03-02' }).returnBy?.date).toBe('2026-05-30');
  });

  it('gives Canadian baby items and toys 45 days and health and personal care 60', () => {
    expect(verdict({ region: 'ca', category: 'baby', delivered: '2026-03-01', today: '2026-03-02' }).returnBy?.date).toBe('2026-04-15');
    expect(verdict({ region: 'ca', category: 'toys', delivered: '2026-03-01', today: '2026-03-02' }).returnBy?.date).toBe('2026-04-15');
    expect(verdict({ region: 'ca', category: 'health-personal-care', delivered: '2026-03-01', today: '2026-03-02' }).returnBy?.date).toBe('2026-04-30');
  });

  it('crosses a year end: a US item delivered 15 December 2026 goes back by 14 January 2027, and the 2026 holiday dates are not published', () => {
    const result = verdict({ region: 'us', ordered: '2026-12-12', delivered: '2026-12-15', today: '2026-12-20' });
    expect(result.returnBy?.date).toBe('2027-01-14');
    expect(result.reasons.some((reason) => /2026 season were not in our sources\. Check the official page\./.test(reason.text))).toBe(true);
  });

  it('lands on 29 February 2028, and a 2-year guarantee from that day ends on 28 February 2030', () => {
    expect(verdict({ region: 'us', delivered: '2028-01-30', today: '2028-02-01' }).returnBy?.date).toBe('2028-02-29');
    const faulty = verdict({ region: 'fr', condition: 'defective', delivered: '2028-02-29', today: '2028-06-01' });
    expect(faulty.kind).toBe('legal-rights');
    expect(faulty.deadline?.date).toBe('2030-02-28');
    expect(faulty.deadline?.kind).toBe('legal-guarantee');
  });

  it('reports Canada and Mexico facts that are not published as such', () => {
    const canada = verdict({ region: 'ca', ordered: '2025-11-20', delivered: '2025-11-24', today: '2025-11-30' });
    expect(canada.reasons.some((reason) => reason.text === "Amazon.ca's holiday return dates for 2025 were not found in our sources. Check the official page.")).toBe(true);
    const mexico = verdict({ region: 'mx', delivered: '2026-03-02', today: '2026-03-03' });
    const missing = mexico.costs.filter((cost) => cost.kind === 'not-published');
    expect(missing.map((cost) => cost.text)).toEqual([
      'When returns are free on Amazon.com.mx: not in our sources yet; check the official page.',
      'Return label fees: not in our sources yet; check the official page.',
      'Deductions for late or damaged returns: not in our sources yet; check the official page.',
    ]);
    for (const cost of missing) expect(cost.source.url).toMatch(/^https:\/\/www\.amazon\.com\.mx\//);
  });
});
