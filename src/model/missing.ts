/**
 * The words for a fact our sources do not have. Region data marks it `{ published: false, checkAt, note }`; pages,
 * tables and tools say so in these words, with the page to check, and never guess. The one home of this wording.
 *
 * "Not in our sources yet", not "not published": the gap is in our research, not in what Amazon or the law says.
 */

/** "not in our sources yet": a figure the research did not find. */
export const NOT_IN_OUR_SOURCES = 'not in our sources yet';

export const CHECK_THE_OFFICIAL_PAGE = 'check the official page';

/** "not in our sources yet; check the official page" */
export const NOT_IN_OUR_SOURCES_CHECK = `${NOT_IN_OUR_SOURCES}; ${CHECK_THE_OFFICIAL_PAGE}`;

/** "none in our sources": a list our sources leave empty. */
export const NONE_IN_OUR_SOURCES = 'none in our sources';

/** A note that already says the fact is missing from our sources ("… were not found in our sources."). */
const SAYS_MISSING = /\b(not|was|were)( found)? in our sources\b/i;

/**
 * "Deductions for late returns: not in our sources yet; check the official page.", or, for a note that already says
 * it is not in our sources ("Amazon.de's holiday dates for 2026 were not found in our sources."), the note and
 * "Check the official page."
 */
export function missingSentence(what: string): string {
  const text = what.trim().replace(/\.$/, '');
  if (SAYS_MISSING.test(text)) return `${text}. Check the official page.`;
  return `${text}: ${NOT_IN_OUR_SOURCES_CHECK}.`;
}

/** "A holiday extension is not in our sources.": a field the region's data leaves out. */
export function notInOurSources(what: string): string {
  return `${what} is not in our sources.`;
}
