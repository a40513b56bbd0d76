import { describe, expect, it } from 'vitest';
import { inMarketplace, marketplaceFirst, scopeLabel, scopeOf } from '../../../src/model/scope';

describe('marketplace or Amazon Global Store', () => {
  it('reads a figure without a scope as a marketplace figure', () => {
    expect(scopeOf({})).toBe('marketplace');
    expect(inMarketplace({})).toBe(true);
    expect(inMarketplace({ scope: 'marketplace' })).toBe(true);
    expect(inMarketplace({ scope: 'global-store' })).toBe(false);
  });

  it('labels Global Store figures only', () => {
    expect(scopeLabel({ scope: 'global-store' })).toBe('Amazon Global Store orders (shipped from abroad)');
    expect(scopeLabel({ scope: 'marketplace' })).toBeUndefined();
    expect(scopeLabel({})).toBeUndefined();
  });

  it('puts marketplace figures first and keeps the data order within each group', () => {
    const figures = [
      { id: 'a', scope: 'global-store' as const },
      { id: 'b' },
      { id: 'c', scope: 'global-store' as const },
      { id: 'd', scope: 'marketplace' as const },
    ];
    expect(marketplaceFirst(figures).map((figure) => figure.id)).toEqual(['b', 'd', 'a', 'c']);
    expect(marketplaceFirst(figures.map((entry, index) => ({ entry, index })), (item) => item.entry).map((item) => item.index)).toEqual([1, 3, 0, 2]);
    expect(figures.map((figure) => figure.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
