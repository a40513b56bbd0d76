import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { forCategory, sparseByCategory } from '../../../../src/tools/eligibility/rules/byCategory';

describe('a value for each category, written sparsely', () => {
  const menu = ['standard', 'books', 'electronics', 'toys', 'grocery-perishables'];

  it('names only the categories that differ from the commonest value', () => {
    const season = { books: 1, electronics: 1, 'grocery-perishables': undefined } as Record<string, number | undefined>;
    const map = sparseByCategory(menu, (category) => (category in season ? season[category] : 0));
    expect(map).toEqual({ others: 0, except: { books: 1, electronics: 1, 'grocery-perishables': null } });
    expect(menu.map((category) => forCategory(map, category))).toEqual([0, 1, 1, 0, undefined]);
  });

  it('writes no exceptions when every category has the same value, and none at all as null', () => {
    expect(sparseByCategory(menu, () => ({ returnBy: '2027-01-31' }))).toEqual({ others: { returnBy: '2027-01-31' } });
    expect(sparseByCategory(menu, () => undefined)).toEqual({ others: null });
    expect(forCategory({ others: null }, 'books')).toBeUndefined();
  });

  it('gives back every category\'s value, whatever the values (objects compared by content)', () => {
    const value = fc.option(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.record({ returnBy: fc.constantFrom('2027-01-15', '2027-01-31'), orDaysAfterReceipt: fc.constantFrom(14, 30) })), { nil: undefined });
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z-]{1,12}$/), { maxLength: 12 }), fc.array(value, { minLength: 12, maxLength: 12 }), (categories, values) => {
        const valueOf = (category: string) => values[categories.indexOf(category)];
        const map = sparseByCategory(categories, valueOf);
        for (const category of categories) expect(forCategory(map, category)).toEqual(valueOf(category));
      }),
    );
  });
});
