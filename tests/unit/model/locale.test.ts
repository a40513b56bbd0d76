import { describe, expect, it } from 'vitest';
import { englishLocale } from '../../../src/model/locale';
import { regionData, regionFiles } from '../regions/helpers';

describe('the English locale of a region', () => {
  it.each([
    ['en-GB', 'en-GB'],
    ['en-US', 'en-US'],
    ['en-IN', 'en-IN'],
    ['en', 'en'],
    ['de-DE', 'en-GB'],
    ['ja-JP', 'en-GB'],
    ['es-MX', 'en-GB'],
    ['eo', 'en-GB'],
  ])('a %s region is read in %s', (locale, expected) => {
    expect(englishLocale(locale)).toBe(expected);
  });

  it('is an English locale for every region in the data', () => {
    for (const file of regionFiles()) expect(englishLocale(regionData(file).locale), file.id).toMatch(/^en(-|$)/);
  });
});
