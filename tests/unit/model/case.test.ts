import { describe, expect, it } from 'vitest';
import { lowerFirst, upperFirst } from '../../../src/model/case';
import { CATEGORIES } from '../../../src/model/vocabulary/categories';
import { PAYMENT_METHODS } from '../../../src/model/vocabulary/paymentMethods';

describe('first-letter case inside a sentence', () => {
  it.each([
    ['Shipped by Amazon', 'shipped by Amazon'],
    ['Most items', 'most items'],
    ['Enter a date, written as YYYY-MM-DD.', 'enter a date, written as YYYY-MM-DD.'],
    ['Refunded to bank account', 'refunded to bank account'],
    ['A parcel', 'a parcel'],
    // names, abbreviations and words with a capital inside keep their case
    ['Amazon Pay balance', 'Amazon Pay balance'],
    ['Amazon Global Store orders (shipped from abroad)', 'Amazon Global Store orders (shipped from abroad)'],
    ['Apple products', 'Apple products'],
    ['Kindle books and digital textbooks', 'Kindle books and digital textbooks'],
    ['Renewed items', 'Renewed items'],
    ['TVs and home entertainment', 'TVs and home entertainment'],
    ['DIY and tools', 'DIY and tools'],
    ['UPI', 'UPI'],
    ['SNAP EBT card', 'SNAP EBT card'],
    ['PayTo', 'PayTo'],
    ['Afterpay', 'Afterpay'],
    ['I cancelled', 'I cancelled'],
    // nothing to lower
    ['3–5 business days', '3–5 business days'],
    ['"x" is not a date', '"x" is not a date'],
    ['iPhone cases', 'iPhone cases'],
    ['', ''],
  ])('%s → %s', (text, expected) => {
    expect(lowerFirst(text)).toBe(expected);
  });

  it('upper-cases the first letter to start a sentence', () => {
    expect(upperFirst('up to 10 business days')).toBe('Up to 10 business days');
    expect(upperFirst('amazon.co.uk')).toBe('Amazon.co.uk');
    expect(upperFirst('3 days')).toBe('3 days');
    expect(upperFirst('')).toBe('');
  });

  it('lowers every ordinary category and payment-method label, and no name', () => {
    for (const { label } of [...Object.values(CATEGORIES), ...Object.values(PAYMENT_METHODS)]) {
      const lowered = lowerFirst(label);
      if (/^(Amazon|Apple|Kindle|Boost|Zip|Afterpay)\b|^[A-Z]{2}|^[A-Z][a-z]+[A-Z]/.test(label)) expect(lowered, label).toBe(label);
      else expect(lowered, label).toBe(label.charAt(0).toLowerCase() + label.slice(1));
    }
  });
});
