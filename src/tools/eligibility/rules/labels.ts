import type { ItemCondition, SellerKind } from './types';

/** The form's words for each answer: server-rendered by the widget, so the browser never needs them. */
export const SELLERS: Record<SellerKind, string> = {
  amazon: 'Amazon',
  'seller-fba': 'A third-party seller, shipped by Amazon',
  seller: 'A third-party seller that ships it itself',
};

export const CONDITIONS: Record<ItemCondition, string> = {
  unopened: 'Unopened',
  opened: 'Opened, but like new',
  used: 'Used',
  damaged: 'Damaged when it arrived',
  defective: 'Faulty: it does not work properly',
  'wrong-item': 'Not what I ordered (wrong item sent)',
};
