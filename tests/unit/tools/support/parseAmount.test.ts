import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../../src/tools/support';

describe('parseAmount', () => {
  it.each([
    ['24.99', 24.99],
    ['24,99', 24.99],
    ['£24.99', 24.99],
    ['24.99 €', 24.99],
    ['EUR 15', 15],
    ['¥1,500', 1500],
    ['1,299.00', 1299],
    ['1.299,00', 1299],
    ['1 299,50', 1299.5],
    ["1'299.50", 1299.5],
    ['₹1,23,456', 123456],
    ['0', 0],
    ['12.5', 12.5],
  ])('reads %s as %d', (text, amount) => {
    expect(parseAmount(text)).toEqual({ ok: true, amount });
  });

  it.each([[''], ['  '], [null], [undefined]])('treats %j as not given', (text) => {
    expect(parseAmount(text)).toBeUndefined();
  });

  it.each([
    ['twenty', 'is not an amount'],
    ['12,3456', 'is not an amount'],
    ['1.2.3,4,5', 'is not an amount'],
    ['1,2345', 'is not an amount'],
    ['-5', 'cannot be negative'],
    ['£ -5.00', 'cannot be negative'],
    ['12345678901234567', 'more than any single order'],
  ])('rejects %s', (text, message) => {
    const result = parseAmount(text);
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.reason).toContain(message);
  });
});
