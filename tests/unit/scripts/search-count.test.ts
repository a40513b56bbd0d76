import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countsAsText, formatCount } from '../../../src/scripts/search-count';

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [1012, '1,012'],
    [123456, '123,456'],
    [1234567, '1,234,567'],
    [-5, '-5'],
    [2.5, '2.5'],
  ])('writes %d as %j', (count, text) => {
    expect(formatCount(count)).toBe(text);
  });

  it('writes every whole number as Intl.NumberFormat("en") does', () => {
    const intl = new Intl.NumberFormat('en');
    fc.assert(fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), (count) => formatCount(count) === intl.format(count)));
  });
});

describe('countsAsText', () => {
  it('writes the numbers and keeps the text', () => {
    expect(countsAsText({ COUNT: 1012, SEARCH_TERM: 'refund 2024' })).toEqual({ COUNT: '1,012', SEARCH_TERM: 'refund 2024' });
  });
});
