import { describe, expect, it } from 'vitest';
import { PAYMENT_METHOD_CHOICES } from '../../../../src/model/vocabulary/paymentMethods';
import { toCivilDate } from '../../../../src/time/civilDate';
import { FIELD_LABELS, validateSupportInput, type RawSupportInput, type SupportField } from '../../../../src/tools/support';

const TODAY = toCivilDate('2026-11-26');
const REGIONS = [{ id: 'uk', currency: 'GBP' }, { id: 'us', currency: 'USD' }, { id: 'de', currency: 'EUR' }, { id: 'jp', currency: 'JPY' }];
const valid: RawSupportInput = {
  region: 'uk',
  orderNumber: '123-1234567-1234567',
  item: 'Kettle',
  delivered: '2026-11-02',
  handover: '2026-11-05',
  situation: 'refund-not-received',
};

const errorsFor = (changes: RawSupportInput) => {
  const result = validateSupportInput({ ...valid, ...changes }, TODAY, REGIONS, PAYMENT_METHOD_CHOICES);
  return result.ok ? [] : result.errors;
};

describe('validateSupportInput', () => {
  it('accepts the minimum a message needs, and tidies it', () => {
    const result = validateSupportInput({ ...valid, region: ' UK ', orderNumber: '#123 1234567 1234567', item: '  Kettle ', tracking: '  H01AB  2345678 ', amountExpected: '£24,99', method: 'credit-card', details: ' ', name: '' }, TODAY, REGIONS, PAYMENT_METHOD_CHOICES);
    expect(result).toEqual({
      ok: true,
      input: {
        region: 'uk',
        orderNumber: '123-1234567-1234567',
        item: 'Kettle',
        ordered: undefined,
        delivered: '2026-11-02',
        handover: '2026-11-05',
        tracking: 'H01AB 2345678',
        method: { id: 'credit-card', label: 'Credit card' },
        amountExpected: 24.99,
        amountReceived: undefined,
        expectedBy: undefined,
        situation: 'refund-not-received',
        details: undefined,
        name: undefined,
        today: TODAY,
      },
    });
  });

  it('does not need the hand-over date when the item has not gone back', () => {
    expect(errorsFor({ situation: 'damaged-faulty', handover: '' })).toEqual([]);
    expect(errorsFor({ situation: 'return-refused', handover: undefined })).toEqual([]);
  });

  const cases: Array<[string, RawSupportInput, SupportField, RegExp]> = [
    ['no region', { region: '' }, 'region', /choose the Amazon site/],
    ['a region we do not cover', { region: 'atlantis' }, 'region', /"atlantis" is not one of the Amazon sites we cover/],
    ['no order number', { orderNumber: '  ' }, 'orderNumber', /enter the order number\. Amazon order numbers usually look like 123-1234567-1234567/],
    ['a malformed order number', { orderNumber: '12-1234567' }, 'orderNumber', /"12-1234567" does not look like an order number/],
    ['no item', { item: '' }, 'item', /describe the item in a few words/],
    ['an item description that is too long', { item: 'x'.repeat(151) }, 'item', /under 150 characters/],
    ['no delivery date', { delivered: '' }, 'delivered', /enter the delivery date/],
    ['a delivery date in another format', { delivered: '02/11/2026' }, 'delivered', /"02\/11\/2026" is not written as YYYY-MM-DD/],
    ['a delivery date that does not exist', { delivered: '2026-02-30' }, 'delivered', /2026-02-30 is not a real date: February 2026 has 28 days/],
    ['a delivery date in the future', { delivered: '2026-11-27' }, 'delivered', /27 November 2026 is after today \(26 November 2026\)/],
    ['an unreadable year', { delivered: '20266-01-01' }, 'delivered', /out of range/],
    ['a delivery in 1900, as the checker refuses it', { delivered: '1900-01-01' }, 'delivered', /^Delivery date: the year 1900 is out of range: use a year from 2000 to 2199\.$/],
    ['a date the browser could not read (30 February typed by hand)', { delivered: null }, 'delivered', /^Delivery date: that is not a real date\. Check the day, the month and the year\.$/],
    ['an order date after the delivery', { ordered: '2026-11-03' }, 'ordered', /3 November 2026 is after the delivery date \(2 November 2026\)/],
    ['an order date in the future', { ordered: '2026-12-01' }, 'ordered', /is after today/],
    ['handed back before it was delivered', { handover: '2026-11-01' }, 'handover', /1 November 2026 is before the delivery date \(2 November 2026\); check both dates/],
    ['handed back in the future', { handover: '2026-12-01' }, 'handover', /is after today/],
    ['no hand-over date for a late refund', { handover: '' }, 'handover', /enter the date you handed the item back/],
    ['no hand-over date for a low refund', { handover: '', situation: 'refund-lower' }, 'handover', /enter the date you handed the item back/],
    ['an unreadable hand-over date', { handover: 'last week' }, 'handover', /"last week" is not written as YYYY-MM-DD/],
    ['a refund expected before the item went back', { expectedBy: '2026-11-04' }, 'expectedBy', /before the date you handed the item back/],
    ['a refund expected before delivery', { handover: '', situation: 'damaged-faulty', expectedBy: '2026-11-01' }, 'expectedBy', /before the delivery date/],
    ['a tracking number with odd characters', { tracking: 'H01<script>' }, 'tracking', /letters, digits, spaces and hyphens/],
    ['a payment method we do not know', { method: 'bitcoin' }, 'method', /"bitcoin" is not one of the choices/],
    ['an unreadable amount', { amountExpected: 'lots' }, 'amountExpected', /"lots" is not an amount/],
    ['a negative amount', { amountReceived: '-3' }, 'amountReceived', /cannot be negative/],
    ['cents in a currency that has none', { region: 'jp', amountExpected: '24.99' }, 'amountExpected', /amounts in JPY have no decimals/],
    ['three decimals after a comma and a dot', { amountExpected: '2.999,999' }, 'amountExpected', /is not an amount/],
    ['no situation', { situation: '' }, 'situation', /choose what went wrong/],
    ['an unknown situation', { situation: 'lost' }, 'situation', /"lost" is not one of the choices/],
    ['"something else" without details', { situation: 'other', details: ' ' }, 'details', /describe what went wrong/],
    ['details that are too long', { details: 'x'.repeat(1501) }, 'details', /under 1500 characters/],
    ['a name that is too long', { name: 'x'.repeat(81) }, 'name', /under 80 characters/],
  ];

  for (const [name, changes, field, message] of cases) {
    it(`names the field for ${name}`, () => {
      const errors = errorsFor(changes);
      const error = errors.find((item) => item.field === field);
      expect(error, JSON.stringify(errors)).toBeDefined();
      expect(error?.message.startsWith(`${FIELD_LABELS[field]}: `)).toBe(true);
      expect(error?.message).toMatch(message);
    });
  }

  it('gives one error per field, in the order of the form', () => {
    const errors = errorsFor({ region: '', orderNumber: 'x', item: '', delivered: 'nope', handover: '', situation: '' });
    expect(errors.map((error) => error.field)).toEqual(['region', 'orderNumber', 'item', 'delivered', 'situation']);
  });

  it('never throws, whatever it is given', () => {
    const junk = [null, undefined, 42, {}, [], 'x'.repeat(10_000), '\u0000', '2026-11-02T00:00:00Z'];
    for (const value of junk) {
      const raw = Object.fromEntries(Object.keys(FIELD_LABELS).map((field) => [field, value])) as unknown as RawSupportInput;
      expect(() => validateSupportInput(raw, TODAY, REGIONS, PAYMENT_METHOD_CHOICES)).not.toThrow();
      expect(validateSupportInput(raw, TODAY, REGIONS, PAYMENT_METHOD_CHOICES).ok).toBe(false);
    }
  });
});
