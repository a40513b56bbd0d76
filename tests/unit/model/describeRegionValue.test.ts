import { describe, expect, it } from 'vitest';
import { describeRegionValue } from '../../../src/model/describeRegionValue';

describe('describeRegionValue', () => {
  it.each([
    ['a window in days', 30, 'days', {}, '30 days'],
    ['a window with what it counts from', { days: 30, counts: 'delivery', source: 's', confidence: 'official' }, '', {}, '30 days from delivery'],
    ['an A-to-z claim window', { days: 90, from: 'latest-estimated-delivery', source: 's', confidence: 'official' }, '', {}, '90 days from the latest estimated delivery date'],
    ['a replacement-only window', { days: 7, remedy: 'replacement-only', returnable: true, source: 's', confidence: 'reported' }, '', {}, '7 days, replacement only'],
    ['an item that cannot be returned', { category: 'pharmacy', returnable: false, source: 's', confidence: 'reported' }, '', {}, 'cannot be returned'],
    ['a range', { min: 3, max: 5, unit: 'business-days' }, '', {}, '3–5 business days'],
    ['an open-ended range', { max: 10, unit: 'business-days' }, '', {}, 'up to 10 business days'],
    ['a range that depends on the shipper', { min: 2, max: 4, unit: 'business-days', fulfilledBy: 'amazon' }, '', {}, '2–4 business days (shipped by Amazon)'],
    ['a wait counted from an event', { min: 48, max: 48, unit: 'hours', after: 'contacting the seller' }, '', {}, '48 hours after contacting the seller'],
    ['one end of a range', 5, 'max', { min: 3, max: 5, unit: 'business-days' }, '5 business days'],
    ['a legal period', { value: 14, unit: 'calendar-days' }, 'period', {}, '14 days'],
    ['a right with its period and start', { kind: 'withdrawal', period: { value: 2, unit: 'years' }, from: 'delivery', title: 't', summary: 's' }, '', {}, '2 years from delivery'],
    ['money', { amount: 3.99, currency: 'GBP', atLeast: true }, 'fee', {}, 'from £3.99'],
    ['a percentage', 20, 'percent', { upTo: false }, '20%'],
    ['an "up to" percentage', 50, 'percent', { upTo: true }, 'up to 50%'],
    ['a refund moment', { when: 'receipt', appliesTo: 'x', within: { max: 2, unit: 'business-days' } }, '', {}, 'When the return reaches Amazon or the seller, within 2 business days'],
    ['a drop-off option', { kind: 'drop-off', summary: 's', partners: ['DHL'], noBox: true }, '', {}, 'Drop-off point: DHL (no box needed)'],
    ['a date', '2026-06-19', 'validFrom', {}, '19 June 2026'],
    ['text', 'A replacement or refund.', 'summary', {}, 'A replacement or refund.'],
  ])('reads %s', (_what, value, key, parent, expected) => {
    expect(describeRegionValue(value, key, parent)).toBe(expected);
  });

  it('gives up on a list or a whole section, so the caller can ask for a precise path', () => {
    expect(describeRegionValue([1, 2], '', {})).toBeUndefined();
    expect(describeRegionValue({ issued: [], timeline: [] }, 'refund', {})).toBeUndefined();
  });
});
