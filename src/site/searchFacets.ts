/**
 * The search filters every indexed page carries (data-pagefind-filter), with the words readers see for them.
 * The layouts write these values into the pages; the search page offers them as checkboxes and in its URL.
 */
export const FILTER_NAMES = ['region', 'topic', 'type'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export const FILTER_LABELS: Record<FilterName, string> = { region: 'Region', topic: 'Topic', type: 'Type' };

/** The `type` filter's value for each kind of page, as a reader reads it in the filter list and on a result. */
export const PAGE_TYPES = { faq: 'FAQ', guide: 'Guide', region: 'Region', tool: 'Tool' } as const;
export type PageType = keyof typeof PAGE_TYPES;
