import { describe, expect, it } from 'vitest';
import { PAYMENT_METHOD_CHOICES } from '../../../../src/model/vocabulary/paymentMethods';
import { toCivilDate } from '../../../../src/time/civilDate';
import { englishLocale } from '../../../../src/model/locale';
import { buildSupportMessage, legalBasisSentence, supportMessageSubject, compileSupportRegion, validateSupportInput, type RawSupportInput, type SupportInput, type SupportRegion } from '../../../../src/tools/support';
import { regionData, regionFiles } from '../../regions/helpers';

const TODAY = toCivilDate('2026-11-26');
const regions = regionFiles().map((file) => compileSupportRegion(file.id, regionData(file)));
const byId = (id: string): SupportRegion => {
  const found = regions.find((region) => region.id === id);
  if (!found) throw new Error(`no region ${id}`);
  return found;
};

function input(raw: RawSupportInput): SupportInput {
  const result = validateSupportInput(raw, TODAY, regions, PAYMENT_METHOD_CHOICES);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.input;
}

const full: RawSupportInput = {
  orderNumber: '123-1234567-1234567',
  item: 'Kettle, 1.7 litre, blue',
  ordered: '2026-10-28',
  delivered: '2026-11-02',
  handover: '2026-11-05',
  tracking: 'H01AB2345678',
  method: 'credit-card',
  amountExpected: '24.99',
  amountReceived: '19.99',
  expectedBy: '2026-11-19',
  situation: 'refund-lower',
  details: 'The refund was £5 short and no reason was given.',
  name: 'Sam Taylor',
};

describe('buildSupportMessage', () => {
  it('lists the facts in the order support asks for them, then the story, the request and a signature', () => {
    const message = buildSupportMessage(input({ ...full, region: 'uk' }), byId('uk'));
    const order = [
      'Hello,',
      'I am writing about my order on amazon.co.uk. The refund I received is lower than I expected.',
      'Order number: 123-1234567-1234567',
      'Item: Kettle, 1.7 litre, blue',
      'Ordered on: 28 October 2026',
      'Delivered on: 2 November 2026',
      'Handed back on: 5 November 2026',
      'Return tracking number: H01AB2345678',
      'Paid with: Credit card',
      'Refund expected: £24.99',
      'Refund received: £19.99',
      'Refund expected by: 19 November 2026',
      'What went wrong: Refund lower than expected',
      'The refund was £5 short and no reason was given.',
      'Please refund the difference, or tell me what was deducted and why.',
      'Thank you,\nSam Taylor',
    ];
    const positions = order.map((part) => message.indexOf(part));
    expect(positions.every((position) => position >= 0), positions.join(',')).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(message.endsWith('Sam Taylor\n')).toBe(true);
  });

  it('leaves out what the reader did not give, without empty lines or placeholders', () => {
    const message = buildSupportMessage(input({ region: 'us', orderNumber: '111-2222222-3333333', item: 'Lamp', delivered: '2026-11-20', situation: 'wrong-item' }), byId('us'));
    expect(message).toBe(
      [
        'Hello,',
        '',
        'I am writing about my order on amazon.com. I received the wrong item. Here are the details:',
        '',
        'Order number: 111-2222222-3333333',
        'Item: Lamp',
        'Delivered on: November 20, 2026',
        'What went wrong: Wrong item sent',
        '',
        'Please arrange the return of the wrong item and send me the one I ordered, or refund me.',
        '',
        'Thank you.',
        '',
      ].join('\n'),
    );
    expect(message).not.toMatch(/undefined|null|\[|\]|\n{3,}/);
  });

  it('writes amounts in the region currency and dates in words, for every region', () => {
    for (const region of regions) {
      const message = buildSupportMessage(input({ ...full, region: region.id, amountExpected: '1,250', amountReceived: '' }), region);
      const amount = new Intl.NumberFormat(englishLocale(region.locale), { style: 'currency', currency: region.currency, minimumFractionDigits: 0 }).format(1250);
      expect(message, region.id).toContain(`Refund expected: ${amount}\n`);
      expect(message, region.id).toMatch(/Delivered on: (2 November 2026|November 2, 2026)/);
      expect(message, region.id).toContain(region.marketplace);
    }
  });

  it('carries the legal sentence where the data supports one, and none where it has none', () => {
    for (const region of regions) {
      for (const situation of ['refund-not-received', 'damaged-faulty', 'return-refused'] as const) {
        const answers = input({ ...full, amountExpected: '25', amountReceived: '20', region: region.id, situation });
        const sentence = legalBasisSentence(region, situation, { delivered: answers.delivered, handover: answers.handover, today: answers.today });
        const message = buildSupportMessage(answers, region);
        if (sentence) expect(message, `${region.id} ${situation}`).toContain(`\n\n${sentence}\n\n`);
        else expect(message, `${region.id} ${situation}`).not.toMatch(/\(.*(Act|Law|Directive|Regulations|Rules|Code|Ley).*\)\./);
      }
    }
    expect(buildSupportMessage(input({ ...full, region: 'us', situation: 'damaged-faulty' }), byId('us'))).not.toMatch(/\blaw\b/i);
  });

  it('puts the legal sentence after the story and before the request', () => {
    const message = buildSupportMessage(input({ ...full, region: 'uk', situation: 'refund-not-received' }), byId('uk'));
    const story = message.indexOf(full.details as string);
    const law = message.indexOf('I cancelled this order within the legal cancellation period');
    const request = message.indexOf('Please issue the refund');
    expect(story).toBeGreaterThan(0);
    expect(law).toBeGreaterThan(story);
    expect(request).toBeGreaterThan(law);
  });

  it('has a subject naming the order and the problem', () => {
    expect(supportMessageSubject(input({ ...full, region: 'de', situation: 'return-refused' }))).toBe('Order 123-1234567-1234567: return refused');
  });
});
