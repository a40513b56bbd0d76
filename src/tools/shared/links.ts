/**
 * The links the tools hand each other, written in one place: the checker links to the refund estimator, and both
 * calculators link to the support-message composer with the answers filled in. The composer reads the same keys
 * back (tools/support/rules/supportQuery.ts), the estimator its own (tools/refund/rules/query.ts). Site paths
 * without the base; pages and scripts add it with sitePath.
 */

export const REFUND_ESTIMATOR_PATH = '/tools/refund-estimator/';
export const COMPOSER_PATH = '/contact/';
/** The composer's place on the contact page. */
export const COMPOSER_ANCHOR = '#write';

/** What a link to the estimator can carry. */
export interface EstimatorLinkAnswers {
  region: string;
  handover: string;
}

/**
 * What a link to the composer can carry, by the key the composer reads: `expected` is the day the refund was expected
 * by; `category` and `condition` are the checker's answers (the composer turns them into the item and the situation).
 */
export interface ComposerLinkAnswers {
  region: string;
  ordered?: string | undefined;
  delivered?: string | undefined;
  handover?: string | undefined;
  method?: string | undefined;
  expected?: string | undefined;
  category?: string | undefined;
  condition?: string | undefined;
}

/** The keys of a composer link, for the composer to read. */
export const COMPOSER_LINK_KEYS: ReadonlyArray<keyof ComposerLinkAnswers> = ['region', 'ordered', 'delivered', 'handover', 'method', 'expected', 'category', 'condition'];

/** "/tools/refund-estimator/?region=us&handover=2026-11-27" */
export function estimatorLink(answers: EstimatorLinkAnswers): string {
  return `${REFUND_ESTIMATOR_PATH}?${new URLSearchParams({ region: answers.region, handover: answers.handover })}`;
}

/** "/contact/?region=us&delivered=…#write": the answers given, in the order given; missing ones left out. */
export function composerLink(answers: ComposerLinkAnswers): string {
  const given = Object.entries(answers).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
  return `${COMPOSER_PATH}?${new URLSearchParams(given)}${COMPOSER_ANCHOR}`;
}
