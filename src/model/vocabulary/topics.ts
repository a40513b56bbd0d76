/** Topics group guides and FAQ entries and feed the `topic` search filter. */
export const TOPICS = {
  eligibility: 'Can it be returned?',
  'starting-a-return': 'Starting a return',
  'labels-and-packing': 'Labels and packing',
  'drop-off-and-pickup': 'Drop-off and pickup',
  refunds: 'Refunds and timing',
  'problems-and-support': 'Problems and support',
  'costs-and-fees': 'Costs and fees',
  'special-items': 'Special items and sellers',
  'legal-rights': 'Your legal rights',
} as const;

export type Topic = keyof typeof TOPICS;
export const TOPIC_IDS = Object.keys(TOPICS) as [Topic, ...Topic[]];
