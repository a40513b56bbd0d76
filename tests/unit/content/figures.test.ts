import { describe, expect, it } from 'vitest';
import { findFigures, numberValue, proseOf } from './figures';
import { matchesData } from './regionFigures';

describe('findFigures', () => {
  it.each([
    ['You have 30 days to send it back.', { text: '30 days', unit: 'days', max: 30 }],
    ['It takes 3–5 business days.', { text: '3–5 business days', unit: 'business-days', min: 3, max: 5 }],
    ['It takes 3-5 working days.', { text: '3-5 working days', unit: 'business-days', min: 3, max: 5 }],
    ['within fourteen days of delivery', { text: 'fourteen days', unit: 'days', max: 14 }],
    ['acknowledged within forty-eight hours', { text: 'forty-eight hours', unit: 'hours', max: 48 }],
    ['a 20% fee', { text: '20%', unit: 'percent', max: 20 }],
    ['up to 50 per cent', { text: '50 per cent', unit: 'percent', max: 50 }],
    ['a label costs £3.99', { text: '£3.99', unit: 'money', max: 3.99, currencies: ['GBP'] }],
    ['claims up to 2,500 €', { text: '2,500 €', unit: 'money', max: 2500, currencies: ['EUR'] }],
    ['items over $3', { text: '$3', unit: 'money', max: 3, currencies: ['USD', 'CAD', 'AUD', 'MXN'] }],
    ['a two-year guarantee', { text: 'two-year', unit: 'years', max: 2 }],
  ])('finds the figure in "%s"', (text, expected) => {
    expect(findFigures(text)).toEqual([expected]);
  });

  it('ignores numbers that are not amounts of time, percentages or money', () => {
    expect(findFigures('Step 2 of 8: Article 56, case C-529/19, Directive 2011/83/EU, 4 in 5 customers')).toEqual([]);
  });

  it('reads number words', () => {
    expect([numberValue('seven'), numberValue('twenty-four'), numberValue('ninety'), numberValue('2,500'), numberValue('many')]).toEqual([7, 24, 90, 2500, undefined]);
  });
});

describe('proseOf', () => {
  it('leaves out components and link addresses but keeps titles and captions editors write', () => {
    const prose = proseOf('Keep it.\n\n<RegionValue region="uk" path="returnWindow.days" />\n\n<Callout type="tip" title="Wait 3 days">Text</Callout> [page](/regions/uk/#14-days)');
    expect(prose).not.toContain('RegionValue');
    expect(prose).not.toContain('14-days');
    expect(findFigures(prose).map((figure) => figure.text)).toEqual(['3 days']);
  });
});

describe('matchesData', () => {
  const data = [
    { text: '', unit: 'business-days' as const, min: 3, max: 5 },
    { text: '', unit: 'days' as const, max: 30 },
    { text: '', unit: 'money' as const, max: 3.99, currencies: ['GBP'] },
  ];
  it.each([
    [{ text: '3–5 business days', unit: 'business-days' as const, min: 3, max: 5 }, true],
    [{ text: '5 business days', unit: 'business-days' as const, max: 5 }, true],
    [{ text: '2–5 business days', unit: 'business-days' as const, min: 2, max: 5 }, false],
    [{ text: '30 business days', unit: 'business-days' as const, max: 30 }, false],
    [{ text: '30 days', unit: 'days' as const, max: 30 }, true],
    [{ text: '14 days', unit: 'days' as const, max: 14 }, false],
    [{ text: '£3.99', unit: 'money' as const, max: 3.99, currencies: ['GBP'] }, true],
    [{ text: '€3.99', unit: 'money' as const, max: 3.99, currencies: ['EUR'] }, false],
  ])('%o matches the data: %s', (typed, expected) => {
    expect(matchesData(typed, data)).toBe(expected);
  });
});
