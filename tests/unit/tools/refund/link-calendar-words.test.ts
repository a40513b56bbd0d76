import { describe, expect, it } from 'vitest';
import { parseIcsEvents } from '../../../../src/time/parseIcsEvents';
import {
  hasRefundQuery,
  readRefundQuery,
  refundIcs,
  refundQueryString,
  refundTimeline,
  skippedText,
  stepDatesText,
  timelineSummary,
} from '../../../../src/tools/refund';
import { formatCivilDate, formatCivilDateRange } from '../../../../src/time/formatCivilDate';
import type { CivilDate } from '../../../../src/time/civilDate';
import { fixture, input } from './helpers';

const timelineFor = (given: ReturnType<typeof input>) => {
  const { region, calendar } = fixture(given.region);
  return refundTimeline(given, region, calendar);
};
const enGB = (date: CivilDate) => formatCivilDate(date, 'en-GB');
const enGBRange = (from: CivilDate, to: CivilDate) => formatCivilDateRange(from, to, 'en-GB');

describe('the shareable link', () => {
  it('writes the answers under the names the eligibility checker links with', () => {
    expect(refundQueryString(input('us', 'credit-card', 'drop-off-label', '2026-11-25'))).toBe('region=us&method=credit-card&how=drop-off-label&handover=2026-11-25');
    expect(refundQueryString(input('uk', 'other', 'self-ship', '2026-11-20', '2026-11-24'))).toBe('region=uk&method=other&how=self-ship&handover=2026-11-20&issued=2026-11-24');
  });

  it('reads them back, keeping what it cannot judge for validation', () => {
    expect(readRefundQuery('?region=us&method=debit-card&how=pickup&handover=2026-13-45&utm_source=x')).toEqual({ region: 'us', method: 'debit-card', how: 'pickup', handover: '2026-13-45' });
    expect(readRefundQuery('')).toEqual({});
    expect(hasRefundQuery('?utm_source=x')).toBe(false);
    expect(hasRefundQuery('region=ca')).toBe(true);
  });
});

describe('add to calendar', () => {
  const options = (given: ReturnType<typeof input>) => ({
    timeline: timelineFor(given),
    regionName: 'United States',
    methodLabel: 'Credit card',
    estimateUrl: 'https://refund-atlas.example.org/tools/refund-estimator/?region=us',
    helpUrl: 'https://refund-atlas.example.org/guides/refund-not-arrived/',
    now: new Date('2026-11-26T10:00:00Z'),
  });

  it('holds the expected date and the follow-up date as all-day events', () => {
    const text = refundIcs(options(input('us', 'credit-card', 'drop-off-label', '2026-11-25')));
    expect(text).not.toBeNull();
    const events = parseIcsEvents(text ?? '');
    expect(events.map((event) => [event.date, event.endDate])).toEqual([
      ['2026-12-03', '2026-12-04'],
      ['2026-12-04', '2026-12-05'],
    ]);
    expect(events[0]?.summary).toBe('Refund should show today: Credit card (United States)');
    expect(events[1]?.summary).toBe('Refund not arrived? Contact Amazon');
    expect(events[1]?.description).toContain('https://refund-atlas.example.org/guides/refund-not-arrived/');
    expect(events.every((event) => event.alarmTriggers.length === 1)).toBe(true);
    expect(new Set(events.map((event) => event.uid)).size).toBe(2);
  });

  it('gives no file when there is no date to put in it', () => {
    expect(refundIcs(options(input('ca', 'other', 'pickup', '2026-11-25')))).toBeNull();
  });
});

describe('the timeline in words', () => {
  it('states figures as the data does, and reported ones as reported', () => {
    const selfShip = timelineFor(input('us', 'credit-card', 'self-ship', '2026-11-25'));
    const [, issued, money] = selfShip.steps;
    expect(issued.figures.map((figure) => figure.fact.text)).toEqual([
      'Reportedly, up to 30 days from sending the parcel to the refund being issued.',
      'Issued when the parcel is dropped off and scanned.',
      'Issued when the return reaches Amazon or the seller.',
    ]);
    expect(money.figures.map((figure) => figure.fact.text)).toEqual(['3–5 business days after the refund is issued.']);
  });

  it('names the orders a figure covers and says "immediately" for instant refunds', () => {
    const india = timelineFor(input('in', 'pay-on-delivery', 'pickup', '2027-01-20', '2027-01-25')).steps[2];
    expect(india.figures.map((figure) => figure.fact.text)).toEqual([
      'Refunded to bank account, shipped by Amazon: reportedly, 2–4 business days after the refund is issued.',
      'Refunded to bank account, shipped by the seller: reportedly, 3–5 business days after the refund is issued.',
      'Refunded to Amazon Pay balance: reportedly, 2 hours after the refund is issued.',
    ]);
    const australia = timelineFor(input('au', 'gift-card-balance', 'pickup', '2027-01-20', '2027-01-22')).steps[2];
    expect(australia.figures.map((figure) => figure.fact.text)).toEqual(['Straight away once the refund is issued.']);
    const processing = timelineFor(input('au', 'credit-card', 'pickup', '2027-01-20')).steps[1];
    expect(processing.figures.map((figure) => figure.fact.text)).toEqual(['Issued 1–5 business days after the return reaches Amazon or the seller.']);
  });

  it('names skipped holidays with their dates', () => {
    const money = timelineFor(input('us', 'credit-card', 'drop-off-label', '2026-12-24')).steps[2];
    expect(skippedText(money.skippedHolidays, enGB)).toBe("Christmas Day (Fri, 25 Dec 2026) and New Year's Day (Fri, 1 Jan 2027) skipped: not a business day.");
    const single = timelineFor(input('us', 'credit-card', 'drop-off-label', '2026-11-25')).steps[2];
    expect(skippedText(single.skippedHolidays, enGB)).toBe('Thanksgiving Day (Thu, 26 Nov 2026) skipped: not a business day.');
    expect(skippedText([], enGB)).toBe('');
  });

  it('writes step dates, approximate ones and missing ones', () => {
    const us = timelineFor(input('us', 'credit-card', 'drop-off-label', '2026-11-25')).steps;
    expect(stepDatesText(us[2], enGBRange)).toMatch(/^Tue, 1\sDec\s–\sThu, 3 Dec 2026$/); // ICU puts thin spaces in ranges
    expect(stepDatesText(us[1], enGBRange)).toBe('Wed, 25 Nov 2026');
    const uk = timelineFor(input('uk', 'other', 'pickup', '2027-03-20', '2027-03-24')).steps[2];
    expect(stepDatesText(uk, enGBRange)).toBe('Tue, 6 Apr 2027 (approximately)');
    const canada = timelineFor(input('ca', 'other', 'pickup', '2026-11-25')).steps;
    expect(stepDatesText(canada[2], enGBRange)).toBe('No date: not in our sources yet');
    const waiting = timelineFor(input('au', 'credit-card', 'pickup', '2026-11-25')).steps[2];
    expect(stepDatesText(waiting, enGBRange)).toBe('No date yet');
  });

  it('sums the answer up for the live region', () => {
    expect(timelineSummary(timelineFor(input('us', 'credit-card', 'drop-off-label', '2026-11-25')), { name: 'United States', store: 'Amazon.com' }, enGB)).toBe(
      'Your money should show by Thu, 3 Dec 2026. Nothing by then? Contact Amazon from Fri, 4 Dec 2026.',
    );
    expect(timelineSummary(timelineFor(input('it', 'credit-card', 'pickup', '2026-12-20')), { name: 'Italy', store: 'Amazon.it' }, enGB)).toMatch(/\(for orders shipped by Amazon\)\./);
    expect(timelineSummary(timelineFor(input('ca', 'other', 'pickup', '2026-11-25')), { name: 'Canada', store: 'Amazon.ca' }, enGB)).toMatch(/^We can't give a date for the money: Amazon\.ca's refund time .* is not in our sources yet/);
    expect(timelineSummary(timelineFor(input('au', 'credit-card', 'pickup', '2026-11-25')), { name: 'Australia', store: 'Amazon.com.au' }, enGB)).toMatch(/when Amazon\.com\.au issues the refund is not in our sources yet.*enter that date/);
  });
});
