import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIcsEvents } from '../../../../src/time/parseIcsEvents';
import {
  eligibilityQuery,
  eligibilityVerdict,
  readEligibilityQuery,
  reminderDate,
  returnReminderIcs,
  validateEligibilityInput,
  REMINDER_OFFSET_MINUTES,
} from '../../../../src/tools/eligibility';
import { compact, input, REGION_LIST } from './helpers';

describe('the shareable link', () => {
  it('writes every answer, today only when asked, and reads them back', () => {
    const answers = input({ region: 'us', category: 'apple', seller: 'seller-fba', condition: 'opened', ordered: '2025-11-20', delivered: '2025-11-22', today: '2025-12-01' });
    const query = eligibilityQuery(answers, { includeToday: true });
    expect(query).toBe('region=us&category=apple&seller=seller-fba&delivered=2025-11-22&ordered=2025-11-20&condition=opened&today=2025-12-01');
    expect(eligibilityQuery(answers, { includeToday: false })).not.toContain('today=');
    const restored = validateEligibilityInput(readEligibilityQuery(`?${query}`), { regions: REGION_LIST, region: compact('us') });
    expect(restored.ok && restored.input).toEqual(answers);
  });

  it('ignores other parameters and keeps what it cannot read for the validator to name', () => {
    expect(readEligibilityQuery('?utm_source=x&region=uk&delivered=tomorrow')).toEqual({ region: 'uk', delivered: 'tomorrow' });
  });

  it('round-trips any valid answers', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('us', 'uk', 'de', 'jp'),
        fc.constantFrom('standard', 'apple', 'renewed'),
        fc.constantFrom('amazon', 'seller-fba', 'seller'),
        fc.constantFrom('unopened', 'opened', 'used', 'damaged', 'defective', 'wrong-item'),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 40 }),
        fc.boolean(),
        (region, category, seller, condition, offset, gap, withOrder) => {
          const delivered = new Date(Date.UTC(2020, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
          const ordered = new Date(Date.UTC(2020, 0, 1) + (offset - gap) * 86_400_000).toISOString().slice(0, 10);
          const answers = input({ region, category: category as 'standard', seller: seller as 'amazon', condition: condition as 'unopened', delivered, today: delivered, ...(withOrder ? { ordered } : {}) });
          const back = validateEligibilityInput(readEligibilityQuery(eligibilityQuery(answers, { includeToday: true })), { regions: REGION_LIST, region: compact(region) });
          expect(back.ok && back.input).toEqual(answers);
        },
      ),
    );
  });
});

describe('the calendar file', () => {
  const answers = input({ region: 'us', ordered: '2025-11-20', delivered: '2025-11-22', today: '2025-12-01' });
  const result = eligibilityVerdict(answers, compact('us'));
  const file = returnReminderIcs(answers, compact('us'), result, { now: new Date('2025-12-01T10:00:00Z'), pageUrl: 'https://refund-atlas.example.org/tools/eligibility/?region=us' });

  it('holds one all-day event on the return-by date, with a reminder two days before at 09:00', () => {
    expect(file?.filename).toBe('return-by-2026-01-31.ics');
    const events = parseIcsEvents(file?.text ?? '');
    expect(events).toHaveLength(1);
    expect(events[0]?.dtstart).toBe('20260131');
    expect(events[0]?.endDate).toBe('2026-02-01');
    expect(events[0]?.summary).toBe('Last day to return: most items from Amazon.com');
    expect(events[0]?.url).toBe('https://refund-atlas.example.org/tools/eligibility/?region=us');
    expect(events[0]?.description).toContain('Holiday return window');
    expect(events[0]?.alarmTriggers).toEqual(['-P1DT15H']);
    expect(REMINDER_OFFSET_MINUTES).toBe(-2340);
  });

  it('is offered only while the deadline is ahead', () => {
    expect(reminderDate(answers, result)).toBe('2026-01-31');
    // The answer carries the day (the client shows the button by it, and the lazily loaded file reads it).
    expect(result.remindOn).toBe('2026-01-31');
    const late = input({ region: 'us', delivered: '2026-01-02', today: '2026-03-01' });
    const closed = eligibilityVerdict(late, compact('us'));
    expect(reminderDate(late, closed)).toBeUndefined();
    expect(closed.remindOn).toBeUndefined();
    expect(returnReminderIcs(late, compact('us'), closed, { now: new Date(), pageUrl: 'https://refund-atlas.example.org/' })).toBeUndefined();
  });

  it('names a legal deadline as such', () => {
    const faulty = input({ region: 'de', condition: 'defective', delivered: '2026-01-02', today: '2026-06-01' });
    const ics = returnReminderIcs(faulty, compact('de'), eligibilityVerdict(faulty, compact('de')), { now: new Date(), pageUrl: 'https://refund-atlas.example.org/' });
    expect(parseIcsEvents(ics?.text ?? '')[0]).toMatchObject({ dtstart: '20280102', summary: 'Legal guarantee for faulty goods ends: most items from Amazon.de' });
  });

  it('names the kind of item as the answer does', () => {
    const apple = input({ region: 'us', category: 'apple', delivered: '2026-01-02', today: '2026-01-05' });
    const answer = eligibilityVerdict(apple, compact('us'));
    expect(answer.item).toBe('Apple products');
    expect(parseIcsEvents(returnReminderIcs(apple, compact('us'), answer, { now: new Date(), pageUrl: 'https://refund-atlas.example.org/' })?.text ?? '')[0]?.summary).toBe(
      'Last day to return: Apple products from Amazon.com',
    );
  });
});
