import { describe, expect, it } from 'vitest';
import { resolveGuideIds } from '../../../src/site/collections/resolveGuideIds';

const known = ['pack-the-item', 'drop-off-or-pickup', 'legal-rights'];

describe('resolveGuideIds', () => {
  it('accepts a list or a comma-separated string, in the editor\'s order, without repeats', () => {
    expect(resolveGuideIds(['legal-rights', 'pack-the-item'], known)).toEqual(['legal-rights', 'pack-the-item']);
    expect(resolveGuideIds('pack-the-item, drop-off-or-pickup, pack-the-item', known)).toEqual(['pack-the-item', 'drop-off-or-pickup']);
  });

  it('names every unknown id and lists the guides that exist', () => {
    expect(resolveGuideIds(['pack-the-item', 'pack-it', 'labels'], known)).toBe(
      'no guide is called "pack-it", "labels": use the name of a file in content/guides/ without .mdx (drop-off-or-pickup, legal-rights, pack-the-item)',
    );
  });

  it('asks for ids when there are none', () => {
    expect(resolveGuideIds(undefined, known)).toMatch(/needs ids/);
    expect(resolveGuideIds(' , ', known)).toMatch(/at least one/);
  });
});
