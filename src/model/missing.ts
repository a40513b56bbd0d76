/**
 * The words for a fact our sources do not have. Region data marks it `{ published: false, checkAt, note }`; pages,
 * tables and tools say so in these words, with the page to check, and never guess. The one home of this wording.
 */

/** "not published": a figure the research did not find. */
export const NOT_PUBLISHED_TEXT = 'not published';

export const CHECK_THE_OFFICIAL_PAGE = 'check the official page';

/** "not published; check the official page" */
export const NOT_PUBLISHED_CHECK = `${NOT_PUBLISHED_TEXT}; ${CHECK_THE_OFFICIAL_PAGE}`;

/** "none in our sources": a list our sources leave empty. */
export const NONE_IN_OUR_SOURCES = 'none in our sources';

/** "Deductions for late returns: not published; check the official page." */
export function notPublishedSentence(what: string): string {
  return `${what.replace(/\.$/, '')}: ${NOT_PUBLISHED_CHECK}.`;
}

/** "A holiday extension is not in our sources.": a field the region's data leaves out. */
export function notInOurSources(what: string): string {
  return `${what} is not in our sources.`;
}
