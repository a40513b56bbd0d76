import { describe, expect, it } from 'vitest';
import { PAYMENT_METHOD_CHOICES } from '../../../../src/model/vocabulary/paymentMethods';
import { toCivilDate } from '../../../../src/time/civilDate';
import { readSupportQuery, validateSupportInput } from '../../../../src/tools/support';
import { CATEGORIES } from '../../../../src/model/vocabulary/categories';

describe('readSupportQuery', () => {
  it.each([
    ['?region=uk&delivered=2026-11-02&condition=defective', { region: 'uk', delivered: '2026-11-02', situation: 'damaged-faulty' }],
    ['region=us&ordered=2026-10-01&delivered=2026-10-05&handover=2026-10-20&expected=2026-10-30&method=credit-card', { region: 'us', ordered: '2026-10-01', delivered: '2026-10-05', handover: '2026-10-20', expectedBy: '2026-10-30', method: 'credit-card' }],
    ['?condition=damaged', { situation: 'damaged-faulty' }],
    ['?condition=wrong-item', { situation: 'wrong-item' }],
    ['?region=UK&method=Credit-Card', { region: 'uk', method: 'credit-card' }],
    ['?category=electronics', { item: 'Electronics' }],
  ])('reads %s', (query, expected) => {
    expect(readSupportQuery(query, CATEGORIES)).toEqual(expected);
  });

  it.each([
    ['unknown keys', '?utm_source=mail&situation=other&orderNumber=123&ref=x'],
    ['a change-of-mind condition (not a problem to report)', '?condition=unopened'],
    ['an unknown condition', '?condition=broken-ish'],
    ['an unknown category', '?category=spaceships'],
    ['the "most items" category, which says nothing about the item', '?category=standard'],
    ['empty values', '?region=&delivered=%20'],
    ['no query', ''],
  ])('ignores %s', (_case, query) => {
    expect(readSupportQuery(query, CATEGORIES)).toEqual({});
  });

  it('leaves the item empty for a category when the vocabulary is not given (the browser loads it only for such links)', () => {
    expect(readSupportQuery('?region=uk&category=electronics')).toEqual({ region: 'uk' });
    expect(readSupportQuery('?category=toString')).toEqual({});
  });

  it('passes bad values on, so the form shows their errors', () => {
    const raw = readSupportQuery('?region=atlantis&delivered=2026-02-30&handover=soon&method=gold');
    expect(raw).toEqual({ region: 'atlantis', delivered: '2026-02-30', handover: 'soon', method: 'gold' });
    const result = validateSupportInput(raw, toCivilDate('2026-11-26'), [{ id: 'uk', currency: 'GBP' }], PAYMENT_METHOD_CHOICES);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => error.field)).toEqual(expect.arrayContaining(['region', 'delivered', 'handover', 'method']));
  });

  it('caps what a link can put in a field', () => {
    expect(readSupportQuery(`?delivered=${'9'.repeat(5000)}`).delivered).toHaveLength(200);
  });
});
