import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isShortTerm, waitLongerOnShortTerms, type SearchTrigger } from '../../../src/scripts/search-short-terms';
import { SEARCH_DEBOUNCE_MS, SHORT_TERM_DEBOUNCE_MS } from '../../../src/scripts/search-settings';

describe('isShortTerm', () => {
  it.each([
    ['r', true],
    ['re', true],
    ['uk', true],
    [' e u ', true],
    ['ref', false],
    ['a refund', false],
    ['', false],
    ['   ', false],
  ])('%j is short: %s', (term, short) => {
    expect(isShortTerm(term)).toBe(short);
  });
});

describe('waitLongerOnShortTerms', () => {
  const extra = SHORT_TERM_DEBOUNCE_MS - SEARCH_DEBOUNCE_MS;
  let searched: string[];
  let instance: SearchTrigger;

  beforeEach(() => {
    vi.useFakeTimers();
    searched = [];
    instance = { triggerSearch: (term) => void searched.push(term) };
    waitLongerOnShortTerms(instance);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('searches a term with a word of three letters or more at once', () => {
    instance.triggerSearch('refund');
    expect(searched).toEqual(['refund']);
  });

  it('searches a term of a letter or two only after the longer wait', () => {
    instance.triggerSearch('uk');
    vi.advanceTimersByTime(extra - 1);
    expect(searched).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(searched).toEqual(['uk']);
  });

  it('drops a waiting short term when the reader types on', () => {
    instance.triggerSearch('r');
    vi.advanceTimersByTime(extra / 2);
    instance.triggerSearch('ref');
    vi.advanceTimersByTime(extra * 2);
    expect(searched).toEqual(['ref']);
  });

  it('clears at once, and a clear drops a waiting short term', () => {
    instance.triggerSearch('re');
    instance.triggerSearch('');
    vi.advanceTimersByTime(extra * 2);
    expect(searched).toEqual(['']);
  });

  it('keeps the newest of several short terms', () => {
    instance.triggerSearch('r');
    instance.triggerSearch('re');
    vi.advanceTimersByTime(extra);
    expect(searched).toEqual(['re']);
  });
});
