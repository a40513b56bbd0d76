import { describe, expect, it } from 'vitest';
import { COMPOSER_LINK_KEYS, composerLink, estimatorLink } from '../../../src/tools/shared/links';
import { readSupportQuery } from '../../../src/tools/support';
import { CATEGORIES } from '../../../src/model/vocabulary/categories';
import { readRefundQuery } from '../../../src/tools/refund';

describe('the links the tools hand each other', () => {
  it('links the estimator with the region and the hand-over day, which the estimator reads back', () => {
    const link = estimatorLink({ region: 'de', handover: '2026-11-27' });
    expect(link).toBe('/tools/refund-estimator/?region=de&handover=2026-11-27');
    expect(readRefundQuery(link.slice(link.indexOf('?')))).toEqual({ region: 'de', handover: '2026-11-27' });
  });

  it('links the composer with the answers given, in order, and the composer reads every key back', () => {
    const link = composerLink({ region: 'uk', handover: '2026-11-20', method: 'credit-card', expected: '2026-12-01', ordered: undefined });
    expect(link).toBe('/contact/?region=uk&handover=2026-11-20&method=credit-card&expected=2026-12-01#write');
    const query = link.slice(link.indexOf('?'), link.indexOf('#'));
    expect(readSupportQuery(query)).toEqual({ region: 'uk', handover: '2026-11-20', method: 'credit-card', expectedBy: '2026-12-01' });
  });

  it('every key a composer link can carry is one the composer reads', () => {
    const all = Object.fromEntries(COMPOSER_LINK_KEYS.map((key) => [key, key === 'condition' ? 'damaged' : key === 'category' ? 'electronics' : `2026-01-0${COMPOSER_LINK_KEYS.indexOf(key)}`]));
    // The composer reads a category with the vocabulary, which it loads for such a link.
    const read = readSupportQuery(composerLink({ region: 'us', ...all }).replace(/^[^?]*/, '').replace(/#.*$/, ''), CATEGORIES);
    expect(Object.keys(read).sort()).toEqual(['delivered', 'expectedBy', 'handover', 'item', 'method', 'ordered', 'region', 'situation']);
  });
});
