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
  disclosure: 'What the shop must tell you',
  complaints: 'Complaints',
  compensation: 'Compensation',
} as const;

export type RightKind = keyof typeof RIGHT_KINDS;
