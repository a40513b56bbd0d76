/**
 * The refund timeline for real regions, with the holiday JSON the build ships. Expected dates were counted by hand
 * on printed calendars. Convention: business day 1 is the first business day after the refund was issued; "up to"
 * figures start on the issue day itself.
 */
import { describe, expect, it } from 'vitest';
import { refundTimeline, type RefundInput } from '../../../../src/tools/refund';
import { OTHER_METHOD_NOT_PUBLISHED, TRANSIT_NOT_PUBLISHED } from '../../../../src/tools/refund/compile/compileRefundRegion';
import { fixture, input } from './helpers';

type Dates = readonly [string, string];

interface Case {
  why: string;
  given: RefundInput;
  /** Refund issued: [earliest, latest], or null for "no date". */
  issued: Dates | null;
  /** Money visible: [earliest, latest], or null for "no date". */
  money: Dates | null;
  /** Names of the holidays the money step skipped (default: none). */
  skipped?: string[];
  confidence?: 'official' | 'reported';
  approximate?: boolean;
  beyond?: boolean;
  datesFor?: string;
  /** Text in the notes of what is not published (issued or money step). */
  notPublished?: RegExp;
}

const cases: Case[] = [
  // United States: Refund at First Scan for prepaid-label drop-offs; credit card 3–5 business days, debit card up to 10.
  { why: 'credit card, label drop-off the day before Thanksgiving', given: input('us', 'credit-card', 'drop-off-label', '2026-11-25'), issued: ['2026-11-25', '2026-11-25'], money: ['2026-12-01', '2026-12-03'], skipped: ['Thanksgiving Day'], confidence: 'official' },
  { why: 'credit card, dropped off on Thanksgiving itself: the start day is never skipped', given: input('us', 'credit-card', 'drop-off-label', '2026-11-26'), issued: ['2026-11-26', '2026-11-26'], money: ['2026-12-01', '2026-12-03'], skipped: [] },
  { why: 'credit card, dropped off two days before Thanksgiving', given: input('us', 'credit-card', 'drop-off-label', '2026-11-24'), issued: ['2026-11-24', '2026-11-24'], money: ['2026-11-30', '2026-12-02'], skipped: ['Thanksgiving Day'] },
  { why: 'credit card over Christmas', given: input('us', 'credit-card', 'drop-off-label', '2026-12-22'), issued: ['2026-12-22', '2026-12-22'], money: ['2026-12-28', '2026-12-30'], skipped: ['Christmas Day'] },
  { why: 'credit card on Christmas Eve, over Christmas and New Year', given: input('us', 'credit-card', 'drop-off-label', '2026-12-24'), issued: ['2026-12-24', '2026-12-24'], money: ['2026-12-30', '2027-01-04'], skipped: ['Christmas Day', "New Year's Day"] },
  { why: 'first scan does not apply to a parcel sent yourself: up to 30 days to receive and process (reported)', given: input('us', 'credit-card', 'self-ship', '2026-11-25'), issued: ['2026-11-25', '2026-12-25'], money: ['2026-12-01', '2027-01-04'], skipped: ['Thanksgiving Day', "New Year's Day"], confidence: 'reported' },
  { why: 'first scan does not apply to a pickup', given: input('us', 'credit-card', 'pickup', '2026-11-25'), issued: ['2026-11-25', '2026-12-25'], money: ['2026-12-01', '2027-01-04'], confidence: 'reported', skipped: ['Thanksgiving Day', "New Year's Day"] },
  { why: 'first scan does not apply to a no-box, no-label drop-off', given: input('us', 'credit-card', 'drop-off-no-box', '2026-11-25'), issued: ['2026-11-25', '2026-12-25'], money: ['2026-12-01', '2027-01-04'], confidence: 'reported', skipped: ['Thanksgiving Day', "New Year's Day"] },
  { why: 'debit card, up to 10 business days over Christmas and New Year', given: input('us', 'debit-card', 'drop-off-label', '2026-12-17'), issued: ['2026-12-17', '2026-12-17'], money: ['2026-12-17', '2027-01-04'], skipped: ['Christmas Day', "New Year's Day"], confidence: 'official' },
  { why: 'debit card, up to 10 business days over Thanksgiving', given: input('us', 'debit-card', 'drop-off-label', '2026-11-25'), issued: ['2026-11-25', '2026-11-25'], money: ['2026-11-25', '2026-12-10'], skipped: ['Thanksgiving Day'] },
  { why: 'gift card balance within hours: the same day', given: input('us', 'gift-card-balance', 'drop-off-label', '2026-11-25'), issued: ['2026-11-25', '2026-11-25'], money: ['2026-11-25', '2026-11-25'], confidence: 'official' },
  { why: 'gift card balance after a self-shipped return', given: input('us', 'gift-card-balance', 'self-ship', '2026-12-01'), issued: ['2026-12-01', '2026-12-31'], money: ['2026-12-01', '2026-12-31'], confidence: 'reported' },
  { why: 'checking account, up to 10 business days (reported)', given: input('us', 'bank-account', 'drop-off-label', '2026-11-25'), issued: ['2026-11-25', '2026-11-25'], money: ['2026-11-25', '2026-12-10'], skipped: ['Thanksgiving Day'], confidence: 'reported' },
  { why: 'prepaid card, up to 30 calendar days', given: input('us', 'prepaid-card', 'drop-off-label', '2026-11-25'), issued: ['2026-11-25', '2026-11-25'], money: ['2026-11-25', '2026-12-25'], confidence: 'reported' },
  { why: 'Shop with Points, up to 5 business days', given: input('us', 'reward-points', 'drop-off-label', '2026-11-25'), issued: ['2026-11-25', '2026-11-25'], money: ['2026-11-25', '2026-12-03'], skipped: ['Thanksgiving Day'] },
  { why: 'SNAP EBT over Christmas and New Year', given: input('us', 'ebt', 'drop-off-label', '2026-12-23'), issued: ['2026-12-23', '2026-12-23'], money: ['2026-12-23', '2027-01-08'], skipped: ['Christmas Day', "New Year's Day"] },
  { why: 'cash at a participating location', given: input('us', 'cash', 'drop-off-label', '2026-11-25'), issued: ['2026-11-25', '2026-11-25'], money: ['2026-11-25', '2026-12-10'] , skipped: ['Thanksgiving Day'] },
  { why: 'year end', given: input('us', 'credit-card', 'drop-off-label', '2026-12-30'), issued: ['2026-12-30', '2026-12-30'], money: ['2027-01-05', '2027-01-07'], skipped: ["New Year's Day"] },
  { why: 'month end', given: input('us', 'credit-card', 'drop-off-label', '2026-04-29'), issued: ['2026-04-29', '2026-04-29'], money: ['2026-05-04', '2026-05-06'] },
  { why: 'over Martin Luther King Jr. Day', given: input('us', 'credit-card', 'drop-off-label', '2027-01-15'), issued: ['2027-01-15', '2027-01-15'], money: ['2027-01-21', '2027-01-25'], skipped: ['Martin Luther King Jr. Day'] },
  { why: 'over 29 February 2028', given: input('us', 'credit-card', 'drop-off-label', '2028-02-28'), issued: ['2028-02-28', '2028-02-28'], money: ['2028-03-02', '2028-03-06'] },
  { why: 'dropped off on 29 February 2028', given: input('us', 'credit-card', 'drop-off-label', '2028-02-29'), issued: ['2028-02-29', '2028-02-29'], money: ['2028-03-03', '2028-03-07'] },
  { why: '30 calendar days landing on 29 February 2028', given: input('us', 'prepaid-card', 'drop-off-label', '2028-01-30'), issued: ['2028-01-30', '2028-01-30'], money: ['2028-01-30', '2028-02-29'] },
  { why: 'a method the data has no time for', given: input('us', 'other', 'drop-off-label', '2026-11-25'), issued: ['2026-11-25', '2026-11-25'], money: null, notPublished: new RegExp(OTHER_METHOD_NOT_PUBLISHED) },
  { why: 'past the end of the holiday data: weekends only, and it says so', given: input('us', 'debit-card', 'drop-off-label', '2029-12-24'), issued: ['2029-12-24', '2029-12-24'], money: ['2029-12-24', '2030-01-08'], skipped: ['Christmas Day'], beyond: true },
  { why: 'the issue date from the refund email replaces the estimate', given: input('us', 'credit-card', 'self-ship', '2026-11-20', '2026-11-25'), issued: ['2026-11-25', '2026-11-25'], money: ['2026-12-01', '2026-12-03'], skipped: ['Thanksgiving Day'], confidence: 'official' },

  // United Kingdom: up to 14 days to receive and process, then "usually 7 business days" for every method.
  { why: 'pickup the week before Easter 2027', given: input('uk', 'other', 'pickup', '2027-03-20'), issued: ['2027-03-20', '2027-04-03'], money: ['2027-04-01', '2027-04-13'], skipped: ['Good Friday', 'Easter Monday'], approximate: true, confidence: 'official' },
  { why: 'issued just before the Easter bank holidays 2027', given: input('uk', 'other', 'pickup', '2027-03-20', '2027-03-24'), issued: ['2027-03-24', '2027-03-24'], money: ['2027-04-06', '2027-04-06'], skipped: ['Good Friday', 'Easter Monday'], approximate: true },
  { why: 'issued just before the Easter bank holidays 2026', given: input('uk', 'other', 'pickup', '2026-03-30', '2026-04-02'), issued: ['2026-04-02', '2026-04-02'], money: ['2026-04-15', '2026-04-15'], skipped: ['Good Friday', 'Easter Monday'] },
  { why: 'issued before Christmas: Boxing Day moves to Monday', given: input('uk', 'other', 'pickup', '2026-12-15', '2026-12-23'), issued: ['2026-12-23', '2026-12-23'], money: ['2027-01-06', '2027-01-06'], skipped: ['Christmas Day', 'Boxing Day (substitute day)', "New Year's Day"] },
  { why: '14 days landing on 29 February 2028', given: input('uk', 'other', 'self-ship', '2028-02-15'), issued: ['2028-02-15', '2028-02-29'], money: ['2028-02-24', '2028-03-09'] },
  { why: 'no Refund at First Scan in the UK data: a label drop-off counts like any other', given: input('uk', 'other', 'drop-off-label', '2027-03-20'), issued: ['2027-03-20', '2027-04-03'], money: ['2027-04-01', '2027-04-13'], skipped: ['Good Friday', 'Easter Monday'] },

  // India (reported): UPI and net banking 2–4 business days; cards 2–4 (shipped by Amazon) or 3–5 (by the seller).
  { why: 'UPI over Republic Day 2027', given: input('in', 'upi', 'pickup', '2027-01-18', '2027-01-22'), issued: ['2027-01-22', '2027-01-22'], money: ['2027-01-27', '2027-01-29'], skipped: ['Republic Day'], confidence: 'reported' },
  { why: 'UPI over Republic Day 2026', given: input('in', 'upi', 'pickup', '2026-01-20', '2026-01-23'), issued: ['2026-01-23', '2026-01-23'], money: ['2026-01-28', '2026-01-30'], skipped: ['Republic Day'] },
  { why: 'UPI issued on Republic Day itself', given: input('in', 'upi', 'pickup', '2027-01-20', '2027-01-26'), issued: ['2027-01-26', '2027-01-26'], money: ['2027-01-28', '2027-02-01'], skipped: [] },
  // Net banking appeared only in a Google Sites copy, dropped in December 2026: not in our sources.
  { why: 'net banking: the refund date stands, the time to the account is not in our sources', given: input('in', 'net-banking', 'pickup', '2027-01-20', '2027-01-25'), issued: ['2027-01-25', '2027-01-25'], money: null, notPublished: /The refund time for net banking was not in our sources/ },
  { why: 'credit card: from the earliest (shipped by Amazon) to the latest (shipped by the seller)', given: input('in', 'credit-card', 'pickup', '2027-01-20', '2027-01-25'), issued: ['2027-01-25', '2027-01-25'], money: ['2027-01-28', '2027-02-02'], skipped: ['Republic Day'] },
  { why: 'Amazon Pay balance within 2 hours', given: input('in', 'amazon-pay-balance', 'pickup', '2027-01-20', '2027-01-25'), issued: ['2027-01-25', '2027-01-25'], money: ['2027-01-25', '2027-01-25'] },
  { why: 'Pay on Delivery: to the bank account or the Amazon Pay balance', given: input('in', 'pay-on-delivery', 'pickup', '2027-01-20', '2027-01-25'), issued: ['2027-01-25', '2027-01-25'], money: ['2027-01-25', '2027-02-02'], skipped: ['Republic Day'] },
  { why: 'UPI without an issue date: India does not publish how long the return takes', given: input('in', 'upi', 'pickup', '2027-01-20'), issued: null, money: null, notPublished: /Amazon\.in takes to receive and process/ },

  // Japan: card refunds about 6–10 business days, over Golden Week and the New Year bank closing days.
  { why: 'credit card over Golden Week 2026', given: input('jp', 'credit-card', 'pickup', '2026-04-20', '2026-04-28'), issued: ['2026-04-28', '2026-04-28'], money: ['2026-05-12', '2026-05-18'], skipped: ['Showa Day', 'Greenery Day', "Children's Day", 'Constitution Day (substitute day)'], approximate: true, confidence: 'official' },
  { why: 'credit card over New Year, bank closing days skipped', given: input('jp', 'credit-card', 'pickup', '2026-12-20', '2026-12-28'), issued: ['2026-12-28', '2026-12-28'], money: ['2027-01-07', '2027-01-14'], skipped: ["New Year's Eve (bank holiday)", "New Year's Day", 'Coming of Age Day'] },
  { why: 'credit card over New Year 2028: 31 December and 3 January are bank closing days', given: input('jp', 'credit-card', 'pickup', '2027-12-20', '2027-12-30'), issued: ['2027-12-30', '2027-12-30'], money: ['2028-01-12', '2028-01-18'], skipped: ["New Year's Eve (bank holiday)", 'January 3rd (bank holiday)', 'Coming of Age Day'] },
  { why: 'gift card balance, 1–2 calendar days even in Golden Week', given: input('jp', 'gift-card-balance', 'pickup', '2026-04-20', '2026-04-28'), issued: ['2026-04-28', '2026-04-28'], money: ['2026-04-29', '2026-04-30'], approximate: true, confidence: 'reported' },
  { why: 'convenience-store payment: not published', given: input('jp', 'convenience-store', 'pickup', '2026-04-20', '2026-04-28'), issued: ['2026-04-28', '2026-04-28'], money: null, notPublished: /gift card balance by default/ },
  { why: 'credit card without an issue date', given: input('jp', 'credit-card', 'pickup', '2026-04-20'), issued: null, money: null, notPublished: /Amazon\.co\.jp takes to receive and process/ },

  // Australia: cards 2–10 business days after the refund is issued.
  { why: 'credit card over Australia Day', given: input('au', 'credit-card', 'pickup', '2027-01-15', '2027-01-22'), issued: ['2027-01-22', '2027-01-22'], money: ['2027-01-27', '2027-02-08'], skipped: ['Australia Day'], confidence: 'official' },
  { why: 'credit card over Christmas, Boxing Day moves to Monday', given: input('au', 'credit-card', 'pickup', '2026-12-18', '2026-12-24'), issued: ['2026-12-24', '2026-12-24'], money: ['2026-12-30', '2027-01-12'], skipped: ['Christmas Day', 'Boxing Day (substitute day)', "New Year's Day"] },
  { why: 'gift card balance: immediately', given: input('au', 'gift-card-balance', 'pickup', '2027-01-15', '2027-01-22'), issued: ['2027-01-22', '2027-01-22'], money: ['2027-01-22', '2027-01-22'] },
  { why: 'Zip: immediately', given: input('au', 'zip', 'pickup', '2027-01-15', '2027-01-22'), issued: ['2027-01-22', '2027-01-22'], money: ['2027-01-22', '2027-01-22'] },
  { why: 'debit card: only a Global Store figure, so not published for the marketplace', given: input('au', 'debit-card', 'pickup', '2027-01-15', '2027-01-22'), issued: ['2027-01-22', '2027-01-22'], money: null, notPublished: /debit card/ },
  { why: 'credit card without an issue date: transit time not published', given: input('au', 'credit-card', 'pickup', '2027-01-15'), issued: null, money: null, notPublished: new RegExp(TRANSIT_NOT_PUBLISHED) },

  // Canada and Mexico: nothing published.
  { why: 'Canada: nothing published', given: input('ca', 'other', 'drop-off-label', '2026-11-25'), issued: null, money: null, notPublished: /Amazon\.ca/ },
  { why: 'Canada: an issue date does not make the money time known', given: input('ca', 'other', 'pickup', '2026-11-20', '2026-11-25'), issued: ['2026-11-25', '2026-11-25'], money: null, notPublished: /Amazon\.ca's refund times/ },
  { why: 'Mexico: nothing published', given: input('mx', 'other', 'self-ship', '2026-11-25'), issued: null, money: null, notPublished: /Amazon\.com\.mx/ },

  // Germany, France, Spain, Italy.
  { why: 'Germany: when the refund is issued is not published', given: input('de', 'credit-card', 'pickup', '2026-12-20'), issued: null, money: null, notPublished: /Amazon\.de issues the refund/ },
  { why: 'Germany: card statement over Christmas once issued', given: input('de', 'credit-card', 'pickup', '2026-12-15', '2026-12-22'), issued: ['2026-12-22', '2026-12-22'], money: ['2026-12-28', '2026-12-30'], skipped: ['Christmas Day'], approximate: true },
  { why: 'Germany: other methods not published', given: input('de', 'other', 'pickup', '2026-12-15', '2026-12-22'), issued: ['2026-12-22', '2026-12-22'], money: null, notPublished: new RegExp(OTHER_METHOD_NOT_PUBLISHED) },
  // France's processing and card times rested on a synonyms site, dropped in December 2026: no dates, each gap named.
  { why: 'France: no dates, the processing and refund times are not in our sources', given: input('fr', 'other', 'pickup', '2026-07-10'), issued: null, money: null, notPublished: /receive and process a return was not in a source we could rely on.*reach your card or account was not in a source we could rely on/ },
  { why: 'France: the same over Ascension Day', given: input('fr', 'other', 'pickup', '2026-04-28'), issued: null, money: null, notPublished: /not in a source we could rely on/ },
  // Spain: 2–3 weeks (Amazon.es), then up to about 7 calendar days to the statement (a 2023 news report): no business days to skip.
  { why: 'Spain: 2–3 weeks, then up to about 7 days over Epiphany (calendar days, nothing skipped)', given: input('es', 'other', 'pickup', '2026-12-20'), issued: ['2027-01-03', '2027-01-10'], money: ['2027-01-03', '2027-01-17'], confidence: 'reported', approximate: true },
  { why: 'Italy: dates for orders shipped by Amazon only', given: input('it', 'credit-card', 'pickup', '2026-12-20'), issued: ['2026-12-20', '2027-01-03'], money: ['2026-12-23', '2027-01-11'], skipped: ['Epiphany'], datesFor: 'Shipped by Amazon', notPublished: new RegExp(TRANSIT_NOT_PUBLISHED), approximate: true, confidence: 'reported' },
  { why: 'Italy: other methods not published', given: input('it', 'other', 'pickup', '2026-12-20'), issued: ['2026-12-20', '2027-01-03'], money: null, notPublished: new RegExp(OTHER_METHOD_NOT_PUBLISHED) },
];

describe('refundTimeline', () => {
  it.each(cases)('$given.region: $why', ({ given, issued, money, skipped = [], confidence, approximate, beyond = false, datesFor, notPublished }) => {
    const { region, calendar } = fixture(given.region);
    const timeline = refundTimeline(given, region, calendar);
    const [handoverStep, issuedStep, moneyStep, contactStep] = timeline.steps;
    expect(timeline.steps.map((step) => step.kind)).toEqual(['handover', 'refund-issued', 'money-visible', 'contact-support']);
    expect([handoverStep.earliest, handoverStep.latest]).toEqual([given.handover, given.handover]);
    expect(issuedStep.earliest === null ? null : [issuedStep.earliest, issuedStep.latest]).toEqual(issued);
    expect(moneyStep.earliest === null ? null : [moneyStep.earliest, moneyStep.latest]).toEqual(money);
    expect(moneyStep.skippedHolidays.map((holiday) => holiday.name)).toEqual(money ? skipped : []);
    expect(moneyStep.beyondCoverage).toBe(beyond);
    if (confidence) expect(moneyStep.confidence).toBe(confidence);
    if (approximate !== undefined) expect(moneyStep.approximate).toBe(approximate);
    expect(moneyStep.datesFor).toBe(money ? datesFor : undefined);

    // The money-visible latest date is the expected date; contact support the day after, or no date.
    expect(timeline.expected).toBe(money ? money[1] : null);
    if (money) {
      const next = new Date(`${money[1]}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      expect(contactStep.earliest).toBe(next.toISOString().slice(0, 10));
      expect(timeline.followUp).toBe(contactStep.earliest);
    } else {
      expect([contactStep.earliest, timeline.followUp]).toEqual([null, null]);
    }

    const notes = [...issuedStep.notPublished, ...moneyStep.notPublished].map((part) => part.note).join(' | ');
    if (notPublished) expect(notes).toMatch(notPublished);
    else expect(notes).toBe('');
    // Whatever is not published names an official page to check.
    for (const part of [...issuedStep.notPublished, ...moneyStep.notPublished]) expect(part.checkAt.url).toMatch(/^https:\/\//);
  });

  it('has at least 60 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });
});

describe('what each step rests on', () => {
  it('first scan: the refund is issued at the drop-off scan, citing the Refund at First Scan page (official)', () => {
    const { region, calendar } = fixture('us');
    const issued = refundTimeline(input('us', 'credit-card', 'drop-off-label', '2026-11-25'), region, calendar).steps[1];
    expect(issued.figures).toHaveLength(1);
    expect(issued.figures[0]).toMatchObject({ kind: 'issued-rule', fact: { when: 'first-scan', confidence: 'official', source: { title: expect.stringMatching(/Refund at First Scan/) } } });
    expect(issued.source?.url).toMatch(/^https:\/\/sellercentral\.amazon\.com\//);
    expect(issued.confidence).toBe('official');
  });

  it('self-ship: the dates come from the reported 30-day figure, and the first-scan rule is still shown, undated', () => {
    const { region, calendar } = fixture('us');
    const issued = refundTimeline(input('us', 'credit-card', 'self-ship', '2026-11-25'), region, calendar).steps[1];
    expect(issued).toMatchObject({ unit: 'calendar-days', confidence: 'reported', source: { url: expect.stringMatching(/stockwatchindex\.com/) } });
    const undated = issued.figures.filter((figure) => figure.earliest === null);
    expect(undated.map((figure) => (figure.kind === 'issued-rule' ? figure.fact.when : figure.kind)).sort()).toEqual(['first-scan', 'receipt']);
    // First scan is shown, marked as not for a parcel sent this way; the receipt rule applies.
    expect(undated.map((figure) => figure.notForThisReturn ?? false)).toEqual([true, false]);
  });

  it('India: figures that differ by who shipped the order are each kept, labelled', () => {
    const { region, calendar } = fixture('in');
    const money = refundTimeline(input('in', 'credit-card', 'pickup', '2027-01-20', '2027-01-25'), region, calendar).steps[2];
    expect(money.figures.map((figure) => [figure.fact.variant, figure.earliest, figure.latest])).toEqual([
      ['Shipped by Amazon', '2027-01-28', '2027-02-01'],
      ['Shipped by the seller', '2027-01-29', '2027-02-02'],
    ]);
  });

  it('India Pay on Delivery names where the money goes', () => {
    const { region, calendar } = fixture('in');
    const money = refundTimeline(input('in', 'pay-on-delivery', 'pickup', '2027-01-20', '2027-01-25'), region, calendar).steps[2];
    expect(money.figures.map((figure) => figure.fact.variant)).toEqual(['Refunded to bank account, shipped by Amazon', 'Refunded to bank account, shipped by the seller', 'Refunded to Amazon Pay balance']);
  });

  it('the UK instant refund is shown as a figure without dates', () => {
    const { region, calendar } = fixture('uk');
    const issued = refundTimeline(input('uk', 'other', 'pickup', '2027-03-20'), region, calendar).steps[1];
    expect(issued.figures.some((figure) => figure.kind === 'issued-rule' && figure.fact.when === 'instant' && figure.earliest === null)).toBe(true);
  });

  it('Australia: the processing figure is shown though the transit time is not published', () => {
    const { region, calendar } = fixture('au');
    const [, issued, money, contact] = refundTimeline(input('au', 'credit-card', 'pickup', '2027-01-15'), region, calendar).steps;
    expect(issued.figures).toHaveLength(1);
    expect(issued.figures[0]).toMatchObject({ kind: 'issued-rule', fact: { when: 'receipt', span: { min: 1, max: 5, unit: 'business-days' } }, earliest: null });
    expect(money.waitsFor).toBe('refund-issued');
    expect(money.figures[0]).toMatchObject({ fact: { span: { min: 2, max: 10, unit: 'business-days' } }, earliest: null });
    expect(contact.waitsFor).toBe('refund-issued');
  });

  it('Canada: both unpublished pieces name the official page', () => {
    const { region, calendar } = fixture('ca');
    const [, issued, money] = refundTimeline(input('ca', 'other', 'pickup', '2026-11-25'), region, calendar).steps;
    expect(issued.notPublished).toHaveLength(2);
    expect(money.notPublished).toHaveLength(1);
    for (const part of [...issued.notPublished, ...money.notPublished]) expect(part.checkAt.url).toMatch(/amazon\.ca/);
  });

  it('Italy: the orders without dates are named', () => {
    const { region, calendar } = fixture('it');
    const issued = refundTimeline(input('it', 'credit-card', 'pickup', '2026-12-20'), region, calendar).steps[1];
    expect(issued.notPublished.map((part) => part.variant)).toEqual(['Shipped by the seller']);
    expect(issued.datesFor).toBe('Shipped by Amazon');
  });
});
