/**
 * The message itself: plain text a reader can paste into Amazon's chat or contact form, send to a seller, or keep.
 * Polite, short, the facts in the order support asks for them, then what went wrong, the law where it helps,
 * and what the reader wants.
 */
import type { CivilDate } from '../../../time/civilDate';
import { formatCivilDate } from '../../../time/formatCivilDate';
import { formatMoney } from '../../../model/money';
import { englishLocale } from '../../../model/locale';
import type { SupportInput } from './fields';
import { legalBasisFor, type LegalBasis } from './legalBasis';
import { SITUATIONS } from './situations';
import type { SupportRegion } from './supportRegion';

export function supportMessageSubject(input: SupportInput): string {
  return `Order ${input.orderNumber}: ${SITUATIONS[input.situation].label.toLowerCase()}`;
}

/** The legal basis the message uses (or why it uses none), for the page to explain. */
export function messageLegalBasis(input: SupportInput, region: SupportRegion): LegalBasis {
  return legalBasisFor(region, input.situation, { delivered: input.delivered, handover: input.handover, today: input.today });
}

export function buildSupportMessage(input: SupportInput, region: SupportRegion): string {
  const locale = englishLocale(region.locale);
  const date = (value: CivilDate) => formatCivilDate(value, locale, { day: 'numeric', month: 'long', year: 'numeric' });
  const money = (amount: number) => formatMoney({ amount, currency: region.currency }, locale);
  const situation = SITUATIONS[input.situation];

  const facts: Array<[string, string | undefined]> = [
    ['Order number', input.orderNumber],
    ['Item', input.item],
    ['Ordered on', input.ordered && date(input.ordered)],
    ['Delivered on', date(input.delivered)],
    ['Handed back on', input.handover && date(input.handover)],
    ['Return tracking number', input.tracking],
    ['Paid with', input.method?.label],
    ['Refund expected', input.amountExpected !== undefined ? money(input.amountExpected) : undefined],
    ['Refund received', input.amountReceived !== undefined ? money(input.amountReceived) : undefined],
    ['Refund expected by', input.expectedBy && date(input.expectedBy)],
    ['What went wrong', situation.label],
  ];
  const basis = messageLegalBasis(input, region);

  const paragraphs = [
    'Hello,',
    `I am writing about my order on ${region.marketplace}. ${situation.opening} Here are the details:`,
    facts.filter((fact): fact is [string, string] => fact[1] !== undefined && fact[1] !== '').map(([label, value]) => `${label}: ${value}`).join('\n'),
    input.details,
    basis.kind === 'sentence' ? basis.sentence : undefined,
    situation.ask,
    input.name ? `Thank you,\n${input.name}` : 'Thank you.',
  ];
  return `${paragraphs.filter((paragraph): paragraph is string => Boolean(paragraph)).join('\n\n')}\n`;
}
