/**
 * What went wrong, as the composer offers it: the label the form shows, the sentence that opens the message and
 * what the message asks for. Plain constants, safe in the browser.
 */
export const SITUATIONS = {
  'refund-not-received': {
    label: 'Refund not received',
    opening: 'My refund has not arrived.',
    ask: 'Please issue the refund, or tell me when it will be issued and what is holding it up.',
  },
  'refund-lower': {
    label: 'Refund lower than expected',
    opening: 'The refund I received is lower than I expected.',
    ask: 'Please refund the difference, or tell me what was deducted and why.',
  },
  'return-refused': {
    label: 'Return refused',
    opening: 'My return was refused.',
    ask: 'Please accept the return and refund me, or explain in writing why it was refused.',
  },
  'damaged-faulty': {
    label: 'Item damaged or faulty',
    opening: 'The item arrived damaged or is faulty.',
    ask: 'Please tell me how to send it back, and refund or replace it.',
  },
  'wrong-item': {
    label: 'Wrong item sent',
    opening: 'I received the wrong item.',
    ask: 'Please arrange the return of the wrong item and send me the one I ordered, or refund me.',
  },
  other: {
    label: 'Something else',
    opening: 'I need your help with this order.',
    ask: 'Please let me know how you will put this right.',
  },
} as const;

export type SituationId = keyof typeof SITUATIONS;
export const SITUATION_IDS = Object.keys(SITUATIONS) as SituationId[];

export function isSituationId(value: unknown): value is SituationId {
  return typeof value === 'string' && Object.hasOwn(SITUATIONS, value);
}

/** Situations where support needs to know when the item went back. */
export const NEEDS_HANDOVER: ReadonlySet<SituationId> = new Set(['refund-not-received', 'refund-lower']);
