import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_LABELS, validateEligibilityInput, type RawEligibilityInput } from '../../../../src/tools/eligibility';
import { compact, REGION_LIST } from './helpers';

const valid: RawEligibilityInput = { region: 'uk', category: 'standard', seller: 'amazon', delivered: '2026-03-02', ordered: '2026-02-28', condition: 'unopened', today: '2026-03-10' };
const check = (changes: RawEligibilityInput, region = compact('uk')) => validateEligibilityInput({ ...valid, ...changes }, { regions: REGION_LIST, region });
const errorsOf = (changes: RawEligibilityInput) => {
  const result = check(changes);
  return result.ok ? [] : result.errors;
};

describe('validateEligibilityInput', () => {
  it('accepts a complete set of answers, with or without an order date', () => {
    const result = check({});
    expect(result.ok && result.input).toEqual({ ...valid, ordered: '2026-02-28' });
    const noOrder = check({ ordered: '' });
    expect(noOrder.ok && noOrder.input.ordered).toBeUndefined();
  });

  it.each<[string, RawEligibilityInput, keyof typeof FIELD_LABELS, RegExp]>([
    ['a delivery date in the future', { delivered: '2026-03-11' }, 'delivered', /^Delivery date: 11 March 2026 is after today's date \(10 March 2026\)\. Enter the day the item arrived\.$/],
    ['an order after delivery', { ordered: '2026-03-05' }, 'ordered', /^Order date: 5 March 2026 is after the delivery date \(2 March 2026\)/],
    ['a delivery before 2000', { delivered: '1999-12-31' }, 'delivered', /^Delivery date: the year 1999 is out of range: use a year from 2000/],
    ['an order before 2000', { ordered: '1999-05-01' }, 'ordered', /^Order date: the year 1999 is out of range/],
    ['a date that cannot be read', { delivered: '03/02/2026' }, 'delivered', /^Delivery date: "03\/02\/2026" is not written as YYYY-MM-DD/],
    ['a day that does not exist', { delivered: '2026-02-30' }, 'delivered', /^Delivery date: 2026-02-30 is not a real date: February 2026 has 28 days\.$/],
    ['a missing delivery date', { delivered: '' }, 'delivered', /^Delivery date: enter the day the item arrived\.$/],
    // 30 February typed by hand: the date control's badInput, which the client passes as null.
    ['a date the browser could not read', { delivered: null }, 'delivered', /^Delivery date: that is not a real date\. Check the day, the month and the year\.$/],
    ['a year before 2000', { ordered: '1999-12-31' }, 'ordered', /^Order date: the year 1999 is out of range: use a year from 2000 to 2199\.$/],
    ['a missing today', { today: undefined }, 'today', /^Today's date: enter today's date/],
    ['a missing region', { region: '' }, 'region', /^Amazon site: choose the Amazon site you ordered from\.$/],
    ['an unknown region', { region: 'zz' }, 'region', /^Amazon site: "zz" is not an Amazon site we cover/],
    ['a missing category', { category: '' }, 'category', /^What you bought: choose what kind of item it is/],
    ['a category the region does not have', { category: 'boost-infinite' }, 'category', /^What you bought: "boost-infinite" is not a kind of item we have rules for on United Kingdom/],
    ['a missing seller', { seller: undefined }, 'seller', /^Who sold it: choose who sold the item\.$/],
    ['an unknown seller', { seller: 'ebay' }, 'seller', /^Who sold it: "ebay" is not one of the choices/],
    ['a missing condition', { condition: '' }, 'condition', /^Condition: choose the condition the item is in\.$/],
    ['an unknown condition', { condition: 'broken' }, 'condition', /^Condition: "broken" is not one of the choices/],
  ])('names the field for %s', (_name, changes, field, message) => {
    const errors = errorsOf(changes);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.field).toBe(field);
    expect(errors[0]?.message).toMatch(message);
  });

  it('lists every problem at once, in the order of the form', () => {
    const errors = errorsOf({ region: '', seller: '', delivered: '2026-04-01', condition: '' });
    expect(errors.map((error) => error.field)).toEqual(['region', 'seller', 'delivered', 'condition']);
  });

  it('waits for the region data before it accepts a category', () => {
    const result = validateEligibilityInput(valid, { regions: REGION_LIST, region: undefined });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.message).toMatch(/have not loaded yet/);
  });

  it('never throws, whatever it is given', () => {
    const field = fc.option(fc.string({ maxLength: 30 }), { nil: undefined });
    fc.assert(
      fc.property(fc.record({ region: field, category: field, seller: field, delivered: field, ordered: field, condition: field, today: field }), (raw) => {
        const result = validateEligibilityInput(raw, { regions: REGION_LIST, region: compact('us') });
        if (!result.ok) for (const error of result.errors) expect(error.message.startsWith(`${FIELD_LABELS[error.field]}: `)).toBe(true);
      }),
    );
  });
});
