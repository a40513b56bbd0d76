/**
 * The payment methods region data may name (`refund.paymentTimes[].method`, `refundedAs`, …).
 * One global list: the refund-timing widget offers these, and only the ones a region's data mentions.
 */
export interface PaymentMethodInfo {
  label: string;
  examples?: string;
}

export const PAYMENT_METHODS = {
  'gift-card-balance': { label: 'Amazon gift card balance' },
  'credit-card': { label: 'Credit card' },
  'debit-card': { label: 'Debit card' },
  'prepaid-card': { label: 'Prepaid card', examples: 'prepaid credit cards' },
  'bank-account': { label: 'Bank account', examples: 'checking account, direct debit, NEFT bank transfer' },
  'net-banking': { label: 'Net banking' },
  upi: { label: 'UPI' },
  'pay-on-delivery': { label: 'Pay on Delivery' },
  'amazon-pay-balance': { label: 'Amazon Pay balance' },
  'reward-points': { label: 'Reward points', examples: 'Shop with Points' },
  ebt: { label: 'SNAP EBT card' },
  cash: { label: 'Cash at a participating location' },
  'convenience-store': { label: 'Cash at a convenience store', examples: 'konbini, OXXO, 7-Eleven' },
  atm: { label: 'ATM payment', examples: 'Pay-easy' },
  'e-money': { label: 'Electronic money' },
  'promotional-certificate': { label: 'Promotional certificate' },
  zip: { label: 'Zip' },
  afterpay: { label: 'Afterpay' },
  payto: { label: 'PayTo' },
} as const satisfies Record<string, PaymentMethodInfo>;

export type PaymentMethodId = keyof typeof PAYMENT_METHODS;
export const PAYMENT_METHOD_IDS = Object.keys(PAYMENT_METHODS) as [PaymentMethodId, ...PaymentMethodId[]];

/** Every method as id → label, the choices a form offers when any method may apply (the support composer's menu). */
export const PAYMENT_METHOD_CHOICES: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(PAYMENT_METHOD_IDS.map((id) => [id, PAYMENT_METHODS[id].label]));
