/**
 * The kinds of statutory right region data names (`statutoryRights[].kind`), with reader-facing labels.
 * Plain constants, safe in the browser.
 */

export const RIGHT_KINDS = {
  withdrawal: 'Right to cancel (withdrawal)',
  'withdrawal-exception': 'Exceptions to the right to cancel',
  'withdrawal-button': 'Withdrawal button',
  'return-deadline': 'Deadline to send the goods back',
  'refund-deadline': 'Deadline for the refund',
  'faulty-goods': 'Faulty goods',
  'legal-guarantee': 'Legal guarantee',
  'statutory-return': 'Statutory right to return',
  'no-cooling-off': 'No cooling-off period',
  /** A right to cancel that exists only in particular cases (a missing disclosure, a contract made by phone): never a general cooling-off. */
  'conditional-cancellation': 'Right to cancel in particular cases only',
  disclosure: 'What the shop must tell you',
  complaints: 'Complaints',
  compensation: 'Compensation',
} as const;

export type RightKind = keyof typeof RIGHT_KINDS;

/**
 * What each kind of right does for a shopper: the one place that says which kinds belong together. Pages, the
 * checker and the composer pick the kinds they use by group, so a new kind (TypeScript asks for its group here)
 * reaches every table and tool that shows or uses rights of its group.
 * - cancel: change your mind (the right to cancel, a statutory return, or the record that there is none online);
 * - cancel-terms: what goes with cancelling (the exceptions to it, the deadline to send the goods back);
 * - refund: the deadline for the refund;
 * - faulty: faulty goods and the legal guarantee;
 * - complaints: how a complaint must be handled, and what you are owed for a deficient service;
 * - information: what the shop must tell you or provide (disclosure, the withdrawal button); no deadline of yours;
 * - cancel-conditional: a right to cancel only in particular cases (Québec's oral distance contracts): never shown or
 *   counted as a general cooling-off, and no tool computes a deadline from it.
 */
export type RightGroup = 'cancel' | 'cancel-terms' | 'refund' | 'faulty' | 'complaints' | 'information' | 'cancel-conditional';

export const RIGHT_GROUP: Readonly<Record<RightKind, RightGroup>> = {
  // In RIGHT_KINDS order (a test checks it): rightKindsIn lists kinds in this order, and reading the groups alone
  // keeps the labels above out of the browser code that only needs to know which kinds belong together.
  withdrawal: 'cancel',
  'withdrawal-exception': 'cancel-terms',
  'withdrawal-button': 'information',
  'return-deadline': 'cancel-terms',
  'refund-deadline': 'refund',
  'faulty-goods': 'faulty',
  'legal-guarantee': 'faulty',
  'statutory-return': 'cancel',
  'no-cooling-off': 'cancel',
  'conditional-cancellation': 'cancel-conditional',
  disclosure: 'information',
  complaints: 'complaints',
  compensation: 'complaints',
};

/** The kinds of the given groups, in RIGHT_KINDS order. */
export function rightKindsIn(...groups: readonly RightGroup[]): RightKind[] {
  return (Object.keys(RIGHT_GROUP) as RightKind[]).filter((kind) => groups.includes(RIGHT_GROUP[kind]));
}

/** Rights a shopper acts on by a date of their own: every group but `information`. */
export const DEADLINE_RIGHT_KINDS: readonly RightKind[] = rightKindsIn('cancel', 'cancel-terms', 'refund', 'faulty', 'complaints');

/** Rights whose period runs from delivery (cancelling or returning, faulty goods); the others run from a later step. */
export const PERIOD_FROM_DELIVERY: readonly RightKind[] = rightKindsIn('cancel', 'faulty');
