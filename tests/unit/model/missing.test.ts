import { describe, expect, it } from 'vitest';
import { missingSentence, NOT_IN_OUR_SOURCES, NOT_IN_OUR_SOURCES_CHECK } from '../../../src/model/missing';

describe('the words for a fact our sources do not have', () => {
  it('says "not in our sources yet", never "not published"', () => {
    expect(NOT_IN_OUR_SOURCES).toBe('not in our sources yet');
    expect(NOT_IN_OUR_SOURCES_CHECK).toBe('not in our sources yet; check the official page');
  });

  it.each([
    ['Deductions for late returns', 'Deductions for late returns: not in our sources yet; check the official page.'],
    ['Return label fees.', 'Return label fees: not in our sources yet; check the official page.'],
    ["Amazon.de's holiday return dates for 2026 were not found in our sources.", "Amazon.de's holiday return dates for 2026 were not found in our sources. Check the official page."],
    ["Amazon's holiday return dates for the 2026 season were not in our sources.", "Amazon's holiday return dates for the 2026 season were not in our sources. Check the official page."],
    ['No holiday return extension for Amazon.in was found in our sources.', 'No holiday return extension for Amazon.in was found in our sources. Check the official page.'],
  ])('%s → %s', (what, sentence) => {
    expect(missingSentence(what)).toBe(sentence);
  });
});
