import { describe, expect, it } from 'vitest';
import { toCivilDate } from '../../../../src/time/civilDate';
import { validateRefundInput, type RawRefundAnswers, type RefundField } from '../../../../src/tools/refund';
import { methodChoices } from '../../../../src/tools/refund/compile/compileRefundRegion';
import { region as regionData } from '../../regions/helpers';
import { fixture } from './helpers';

const TODAY = toCivilDate('2026-11-26');
const valid: RawRefundAnswers = { region: 'us', method: 'credit-card', how: 'drop-off-label', handover: '2026-11-25' };

interface Case {
  why: string;
  raw: RawRefundAnswers;
  /** The region data passed in (default: the one named in raw.region, if it exists). */
  regionId?: string | null;
  /** Fields expected in error, each with a pattern its message must match. */
  errors: Partial<Record<RefundField, RegExp>>;
}

const cases: Case[] = [
  { why: 'every answer missing', raw: {}, errors: { region: /^Region: choose/, method: /^Payment method: choose/, how: /^How the item goes back: choose/, handover: /^Hand-over date: enter/ } },
  { why: 'an unknown region', raw: { ...valid, region: 'xx' }, regionId: null, errors: { region: /“xx” is not a region we cover/ } },
  { why: 'region data for another region than the answer', raw: { ...valid, region: 'uk' }, regionId: 'us', errors: { region: /“uk” is not a region we cover/ } },
  { why: 'a method the region does not have', raw: { ...valid, method: 'upi' }, errors: { method: /^Payment method: “upi” is not a payment method we have refund times for in United States\. Choose one from the list, or “Another payment method”\.$/ } },
  { why: 'a method that is not a method at all', raw: { ...valid, method: 'bitcoin' }, errors: { method: /“bitcoin”/ } },
  { why: 'UK: a single figure for every method, offered as “Any payment method”', raw: { ...valid, region: 'uk', method: 'credit-card' }, errors: { method: /“Any payment method”/ } },
  { why: 'an unknown way of sending it back', raw: { ...valid, how: 'pigeon' }, errors: { how: /^How the item goes back: “pigeon” is not one of the choices/ } },
  { why: 'an impossible date', raw: { ...valid, handover: '2026-02-30' }, errors: { handover: /^Hand-over date: 2026-02-30 is not a real date: February 2026 has 28 days/ } },
  { why: 'a date in another format', raw: { ...valid, handover: '25/11/2026' }, errors: { handover: /^Hand-over date: “?"25\/11\/2026" is not written as YYYY-MM-DD/ } },
  { why: 'a half-typed date the browser could not read', raw: { ...valid, handover: null }, errors: { handover: /^Hand-over date: that is not a real date\. Check the day, the month and the year\.$/ } },
  { why: 'an issue date before the hand-over date', raw: { ...valid, handover: '2026-11-20', issued: '2026-11-19' }, errors: { issued: /^Refund issued on: 2026-11-19 is before the hand-over date \(2026-11-20\)/ } },
  { why: 'a hand-over more than a year ahead', raw: { ...valid, handover: '2027-11-27' }, errors: { handover: /more than a year away/ } },
  { why: 'a hand-over more than a year ago', raw: { ...valid, handover: '2025-11-25' }, errors: { handover: /more than a year ago/ } },
  { why: 'a year typed wrong', raw: { ...valid, handover: '0226-11-25' }, errors: { handover: /^Hand-over date: the year 0226 is out of range/ } },
  { why: 'an issue date after today', raw: { ...valid, issued: '2026-11-27' }, errors: { issued: /^Refund issued on: 2026-11-27 is after today/ } },
  { why: 'an issue date more than a year ago', raw: { ...valid, issued: '2025-11-01' }, errors: { issued: /more than a year ago/ } },
  { why: 'an unreadable issue date', raw: { ...valid, issued: null }, errors: { issued: /^Refund issued on: that is not a real date/ } },
  { why: 'several problems at once, each on its own field', raw: { region: 'us', method: '', how: 'boat', handover: '2026-13-01' }, errors: { method: /choose/, how: /“boat”/, handover: /no month 13/ } },
  { why: 'answers that are not text', raw: { region: 'us', method: 42 as unknown as string, how: 'pickup', handover: '2026-11-25' }, errors: { method: /choose/ } },
];

describe('validateRefundInput', () => {
  it.each(cases)('$why', ({ raw, regionId, errors }) => {
    const id = regionId === undefined ? raw.region : regionId;
    const region = id ? fixture(id).entry : undefined;
    const result = validateRefundInput(raw, region, TODAY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.field).sort()).toEqual(Object.keys(errors).sort());
    for (const error of result.errors) expect(error.message).toMatch(errors[error.field] as RegExp);
  });

  it('accepts good answers and trims them', () => {
    const result = validateRefundInput({ region: ' us ', method: 'credit-card', how: 'pickup', handover: ' 2026-11-25 ', issued: '' }, fixture('us').entry, TODAY);
    expect(result).toEqual({ ok: true, input: { region: 'us', method: 'credit-card', how: 'pickup', handover: '2026-11-25' } });
  });

  it('accepts the edges of the one-year window and an issue date of today', () => {
    const region = fixture('uk').entry;
    for (const handover of ['2025-11-26', '2027-11-26']) {
      expect(validateRefundInput({ region: 'uk', method: 'other', how: 'self-ship', handover }, region, TODAY).ok).toBe(true);
    }
    expect(validateRefundInput({ region: 'uk', method: 'other', how: 'self-ship', handover: '2026-11-26', issued: '2026-11-26' }, region, TODAY).ok).toBe(true);
  });

  it('offers every method the region names, then another (or any) method', () => {
    expect(methodChoices(regionData('us')).map((choice) => choice.value)).toEqual([
      'gift-card-balance', 'credit-card', 'debit-card', 'prepaid-card', 'bank-account', 'reward-points', 'ebt', 'cash', 'other',
    ]);
    expect(methodChoices(regionData('uk'))).toEqual([{ value: 'other', label: 'Any payment method' }]);
    expect(methodChoices(regionData('ca'))).toEqual([{ value: 'other', label: 'Any payment method' }]);
    expect(methodChoices(regionData('jp')).at(-1)).toEqual({ value: 'other', label: 'Another payment method' });
    // The estimator's data carries the same answers, in the same order (their labels are the form's).
    expect(fixture('jp').region.methods.map(({ value }) => value)).toEqual(methodChoices(regionData('jp')).map((choice) => choice.value));
    expect(fixture('jp').region.methods.every((method) => !('label' in method))).toBe(true);
  });

  it('formats dates in messages the way the caller asks', () => {
    const result = validateRefundInput({ ...valid, handover: '2028-01-01' }, fixture('us').entry, TODAY, (date) => `<${date}>`);
    expect(result.ok ? '' : result.errors[0]?.message).toBe('Hand-over date: <2028-01-01> is more than a year away. Check the year.');
  });
});
