import { describe, expect, it } from 'vitest';
import { formatDays, formatDuration, formatRange } from '../../../../src/model/format';
import { formatMoney } from '../../../../src/model/money';
import { NOT_IN_OUR_SOURCES } from '../../../../src/model/missing';
import { isNotPublished, paymentTimeFor } from '../../../../src/model/regionFacts';
import {
  cardRefundCompareLines,
  cardRefundSummary,
  formatDate,
  holidayCompareLines,
  holidayDeadlineText,
  holidaySeasonText,
  pastHolidaySeasonText,
  conditionalRightsText,
  holidayStatus,
  labelFeeSummary,
  returnCostCompareLines,
  returnCostSummary,
  rightPeriodText,
  standardWindowSummary,
  validityText,
  withdrawalSummary,
} from '../../../../src/site/regionPage/summaries';
import type { HolidaySeason, LabelFee, RegionData, StatutoryRight } from '../../../../src/model/types';
import { region, regionData, regionFiles } from '../../regions/helpers';
import { fixtureRegion } from '../../mdx/fixtureRegion';

const fixtureWindow = (window: { days: number; counts?: 'delivery' | 'receipt' }) => fixtureRegion({ returnWindow: { ...window, source: 'amazon-us-returns', confidence: 'official' } });

const BUILD_DATE = '2026-11-26';
const regions = regionFiles().map((file) => ({ id: file.id, data: regionData(file) }));

describe('dates and locale', () => {
  it('writes dates the reader way and never shifts the day', () => {
    expect(formatDate('2026-01-31', 'en-GB')).toBe('31 Jan 2026');
    expect(formatDate('2026-01-31', 'en-US')).toBe('Jan 31, 2026');
    expect(() => formatDate('2026-02-30', 'en-GB')).toThrow(/"2026-02-30"/);
  });

  it('says when a rule applies', () => {
    expect(validityText({}, 'en-GB')).toBe('');
    expect(validityText({ validFrom: '2024-03-25' }, 'en-GB')).toBe('From 25 Mar 2024');
    expect(validityText({ validTo: '2025-06-22' }, 'en-GB')).toBe('Until 22 Jun 2025');
    expect(validityText({ validFrom: '2024-03-25', validTo: '2025-06-22' }, 'en-GB')).toBe('25 Mar 2024 to 22 Jun 2025');
  });
});

describe.each(regions)('$id: the summaries say what the data says', ({ data }) => {
  it('standard return window', () => {
    const summary = standardWindowSummary(data);
    if (isNotPublished(data.returnWindow)) {
      expect(summary).toMatchObject({ published: false, text: NOT_IN_OUR_SOURCES, sortKey: null, missing: data.returnWindow });
    } else {
      expect(summary).toMatchObject({ published: true, sortKey: data.returnWindow.days, fact: data.returnWindow });
      expect(summary.text.startsWith(formatDays(data.returnWindow.days))).toBe(true);
    }
  });

  it('holiday status: latest published season and newer unpublished ones', () => {
    const status = holidayStatus(data, BUILD_DATE);
    const published = data.holidayWindows.filter((season): season is HolidaySeason => !isNotPublished(season));
    const newest = Math.max(...published.map((season) => season.season));
    expect(status.seasonYear).toBe(2026);
    expect(status.current?.season).toBe(data.holidayWindows.find((season) => season.season === 2026)?.season);
    if (published.length === 0) {
      expect(status.latest).toBeUndefined();
      expect(status.sortKey).toBeNull();
    } else {
      expect(status.latest?.season).toBe(newest);
      expect(status.sortKey).toBe(Number(status.latest?.returnBy.replaceAll('-', '')));
    }
    for (const season of status.newerNotPublished) {
      expect(isNotPublished(season)).toBe(true);
      if (status.latest) expect(season.season).toBeGreaterThan(status.latest.season);
    }
    const lines = holidayCompareLines(status, 'en-GB');
    if (status.latest) expect(lines[0]).toContain(formatDate(status.latest.returnBy, 'en-GB'));
    else expect(lines.join(' ')).toContain(NOT_IN_OUR_SOURCES);
  });

  it('money back to a credit card comes from paymentTimeFor', () => {
    const answer = paymentTimeFor(data, 'credit-card');
    const summary = cardRefundSummary(data);
    expect(summary.answer).toEqual(answer);
    if (answer.kind === 'not-published') {
      expect(summary.sortKey).toBeNull();
      expect(cardRefundCompareLines(summary)).toEqual([NOT_IN_OUR_SOURCES]);
    } else {
      expect(summary.lines.map((line) => line.text)).toEqual(answer.entries.map((entry) => formatRange(entry)));
      expect(summary.general).toBe(answer.kind === 'general');
      expect(summary.sortKey).toBeGreaterThan(0);
      cardRefundCompareLines(summary).forEach((line, index) => expect(line.startsWith(formatRange(answer.entries[index]))).toBe(true));
    }
  });

  it('statutory withdrawal right', () => {
    const summary = withdrawalSummary(data, BUILD_DATE);
    const rights = isNotPublished(data.statutoryRights) ? [] : data.statutoryRights;
    const withdrawal = rights.filter((right) => right.kind === 'withdrawal');
    if (withdrawal.length > 0) {
      expect(summary.kind).toBe('period');
      expect(summary.lines).toEqual(withdrawal.map(rightPeriodText));
      for (const right of withdrawal) if (right.period) expect(summary.lines.join(' ')).toContain(formatDuration(right.period));
    } else if (rights.some((right) => right.kind === 'conditional-cancellation')) {
      expect(summary).toMatchObject({ kind: 'conditional-only', sortKey: 0 });
      expect(summary.lines[0]).toMatch(/^No general right; conditional rights in /);
    } else if (rights.some((right) => right.kind === 'no-cooling-off')) {
      expect(summary).toMatchObject({ kind: 'none-online', lines: ['none for online orders'], sortKey: 0 });
    } else {
      expect(summary).toMatchObject({ kind: 'not-published', lines: [NOT_IN_OUR_SOURCES], sortKey: null });
    }
  });

  it('return cost', () => {
    const summary = returnCostSummary(data, 'en-GB');
    const { freeReturns, labelFees } = data.costs;
    const hasFree = !isNotPublished(freeReturns) && freeReturns.length > 0;
    const hasFees = !isNotPublished(labelFees) && labelFees.length > 0;
    expect(summary.sortKey).toBe(hasFree ? 1 : hasFees ? 2 : null);
    expect(summary.fee === undefined).toBe(!hasFees);
    const lines = returnCostCompareLines(summary);
    expect(lines.includes('Free in some cases')).toBe(hasFree);
    if (!hasFree && !hasFees) expect(lines).toEqual([NOT_IN_OUR_SOURCES]);
  });
});

describe('the texts', () => {
  it('reads a region\'s standard window with what it counts from', () => {
    expect(standardWindowSummary(fixtureWindow({ days: 30, counts: 'delivery' })).text).toBe('30 days from delivery');
    expect(standardWindowSummary(fixtureWindow({ days: 30, counts: 'receipt' })).text).toBe('30 days from the day you receive it');
    expect(standardWindowSummary(fixtureWindow({ days: 14 })).text).toBe('14 days');
  });

  it('reads holiday deadlines, with "whichever is later"', () => {
    expect(holidayDeadlineText({ returnBy: '2026-01-31' }, 'en-GB')).toBe('return by 31 Jan 2026');
    expect(holidayDeadlineText({ returnBy: '2026-01-31', orDaysAfterReceipt: 30 }, 'en-GB')).toBe('return by 31 Jan 2026, or 30 days after receipt, whichever is later');
    expect(holidayDeadlineText({ returnBy: '2025-01-15', orDaysAfterPurchase: 14 }, 'en-GB')).toBe('return by 15 Jan 2025, or 14 days after purchase, whichever is later');
    const de = region('de').holidayWindows.find((season): season is HolidaySeason => season.season === 2025 && !isNotPublished(season));
    // Intl puts thin spaces around the range dash.
    expect(de && holidaySeasonText(de, 'en-GB').replace(/\s+/g, ' ')).toBe('Bought 1 Nov – 25 Dec 2025: return by 31 Jan 2026, or 30 days after receipt, whichever is later');
  });

  it('groups several unpublished seasons into one line', () => {
    expect(holidayCompareLines(holidayStatus(region('in'), BUILD_DATE), 'en-GB')).toEqual(['2025 and 2026 seasons: not in our sources yet']);
    expect(holidayCompareLines(holidayStatus(region('uk'), BUILD_DATE), 'en-GB')).toEqual(['2024 season: return by 31 Jan 2025', '2025 and 2026 seasons: not in our sources yet']);
    expect(holidayCompareLines(holidayStatus(region('us'), BUILD_DATE), 'en-US')).toEqual([
      '2025 season: return by Jan 31, 2026 (earlier for some categories)',
      '2026 season: not in our sources yet',
    ]);
  });

  it('names who shipped the order when card times differ by it', () => {
    expect(cardRefundCompareLines(cardRefundSummary(region('in')))).toEqual(['2–4 business days (shipped by Amazon)', '3–5 business days (shipped by the seller)']);
    expect(cardRefundCompareLines(cardRefundSummary(region('uk')))).toEqual(['about 7 business days (one figure for every payment method)']);
  });

  it('quotes the lowest label fee, "from" when fees vary', () => {
    const fee = (amount: number | undefined, atLeast = false): LabelFee => ({
      appliesTo: 'Some returns.',
      ...(amount === undefined ? {} : { fee: { amount, currency: 'GBP', ...(atLeast ? { atLeast } : {}) } }),
      source: 'x',
      confidence: 'official',
    });
    expect(labelFeeSummary([], 'en-GB')).toBeUndefined();
    expect(labelFeeSummary([fee(3.5)], 'en-GB')?.text).toBe('Label fee £3.50');
    expect(labelFeeSummary([fee(3.5, true)], 'en-GB')?.text).toBe('Label fee from £3.50');
    expect(labelFeeSummary([fee(8.09), fee(3.99)], 'en-GB')?.text).toBe('Label fee from £3.99');
    expect(labelFeeSummary([fee(3.99), fee(undefined)], 'en-GB')?.text).toBe('Label fee from £3.99');
    expect(labelFeeSummary([fee(undefined)], 'en-GB')?.text).toBe('Label fee charged; amount not in our sources yet');
    const lowest = fee(1);
    expect(labelFeeSummary([fee(2), lowest], 'en-GB')?.fact).toBe(lowest);
    expect(returnCostSummary(region('uk'), 'en-GB').fee?.text).toBe(`Label fee ${formatMoney({ amount: 3.99, currency: 'GBP', atLeast: true }, 'en-GB')}`);
  });

  it('reads a legal period with where it applies', () => {
    const right = (extra: Partial<StatutoryRight>): StatutoryRight => ({
      kind: 'withdrawal',
      title: 'Right to cancel',
      lawName: 'A law',
      summary: 'You can cancel.',
      source: 'x',
      confidence: 'official',
      ...extra,
    });
    expect(rightPeriodText(right({ period: { value: 14, unit: 'calendar-days' } }))).toBe('14 days');
    expect(rightPeriodText(right({ period: { value: 7, unit: 'calendar-days' }, jurisdiction: 'Québec' }))).toBe('7 days in Québec');
    expect(rightPeriodText(right({}))).toBe('period not in our sources yet');
  });

  it('leaves out a right that is not yet in force, and says "none" only where the data says so', () => {
    const base = region('uk');
    const later: RegionData = {
      ...base,
      statutoryRights: [
        { kind: 'withdrawal', title: 'New right', lawName: 'A law', summary: 'Starts later.', period: { value: 30, unit: 'calendar-days' }, validFrom: '2027-06-01', source: 'uk-ccr-2013', confidence: 'official' },
      ],
    };
    expect(withdrawalSummary(later, BUILD_DATE).kind).toBe('not-published');
    expect(withdrawalSummary(later, '2027-06-01')).toMatchObject({ kind: 'period', lines: ['30 days'], sortKey: 30 });
    expect(withdrawalSummary(region('jp'), BUILD_DATE).lines).toEqual(['none for online orders']);
    expect(withdrawalSummary(region('us'), BUILD_DATE).kind).toBe('not-published');
  });
});

describe('rights to cancel in particular cases only, and past seasons', () => {
  it.each([
    [[{ jurisdiction: 'Québec' }, { jurisdiction: 'Ontario' }], 'No general right; conditional rights in Ontario and Québec'],
    [[{ jurisdiction: 'Québec' }], 'No general right; conditional rights in Québec'],
    [[{}], 'No general right; conditional rights in particular cases only'],
  ])('%o → %s', (rights, text) => {
    expect(conditionalRightsText(rights)).toBe(text);
  });

  it('tells the latest season on file in the past tense, with its year', () => {
    const season = { season: 2025, purchasedFrom: '2025-11-01', purchasedTo: '2025-12-25', returnBy: '2026-01-31', orDaysAfterReceipt: 30, source: 's', confidence: 'reported' } as HolidaySeason;
    expect(pastHolidaySeasonText(season, 'en-GB')).toMatch(/^In the 2025 season, orders placed .*2025 could go back until 31 Jan 2026, or 30 days after receipt, whichever was later$/);
  });
});
