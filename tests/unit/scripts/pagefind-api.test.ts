import { describe, expect, it } from 'vitest';
import { preloadWords } from '../../../src/scripts/pagefind-api';

describe('preloadWords', () => {
  it.each([
    ['r', ''],
    ['re', ''],
    ['ref', 'ref'],
    ['refund', 'refund'],
    ['a refund to my card', 'refund card'],
    ['  label  ', 'label'],
    ['A-to-z', 'A-to-z'],
    ['返品', ''],
    ['返品する', '返品する'],
  ])('preloads %j as %j', (term, words) => {
    expect(preloadWords(term)).toBe(words);
  });
});
