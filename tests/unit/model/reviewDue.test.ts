import { describe, expect, it } from 'vitest';
import { HOLIDAY_WINDOWS_RULE, REVIEW_RULES, reviewRuleFor } from '../../../src/model/reviewDue';
import { isReviewDue, reviewDueOn } from '../../../src/time/reviewDueOn';
import { SOURCE_KINDS } from '../../../src/model/vocabulary/regionVocabulary';

describe('reviewDueOn: the one staleness rule', () => {
  it.each([
    // readOn, rule, due on
    ['2026-11-26', REVIEW_RULES['amazon-help'], '2027-05-26'],
    ['2026-08-31', REVIEW_RULES['amazon-help'], '2027-02-28'],
    ['2027-08-31', REVIEW_RULES['amazon-help'], '2028-02-29'],
    ['2026-11-26', REVIEW_RULES.law, '2027-11-26'],
    ['2024-02-29', REVIEW_RULES.law, '2025-02-28'],
    ['2026-07-10', REVIEW_RULES.government, '2027-07-10'],
    ['2026-08-31', HOLIDAY_WINDOWS_RULE, '2026-09-01'],
    ['2026-09-01', HOLIDAY_WINDOWS_RULE, '2027-09-01'],
    ['2026-11-26', HOLIDAY_WINDOWS_RULE, '2027-09-01'],
    ['2026-01-02', HOLIDAY_WINDOWS_RULE, '2026-09-01'],
  ] as const)('read on %s, %o: due on %s', (readOn, rule, due) => {
    expect(reviewDueOn(readOn, rule)).toBe(due);
  });

  it('is due on the due day and after, never before', () => {
    const rule = REVIEW_RULES['amazon-help'];
    expect(isReviewDue('2026-11-26', '2027-05-25', rule)).toBe(false);
    expect(isReviewDue('2026-11-26', '2027-05-26', rule)).toBe(true);
    expect(isReviewDue('2026-11-26', '2030-01-01', rule)).toBe(true);
    expect(isReviewDue('2026-11-26', '2026-11-26', rule)).toBe(false);
  });

  it('has a rule for every kind of source, in words', () => {
    for (const kind of Object.keys(SOURCE_KINDS) as Array<keyof typeof SOURCE_KINDS>) expect(REVIEW_RULES[kind].label, kind).toMatch(/^every /);
    expect(REVIEW_RULES['amazon-help'].label).toBe('every 6 months');
    expect(REVIEW_RULES.law.label).toBe('every year');
  });

  it('reviews holiday windows every September whatever their source, other facts by their source kind', () => {
    expect(reviewRuleFor('holidayWindows', 'press')).toBe(HOLIDAY_WINDOWS_RULE);
    expect(reviewRuleFor('holidayWindows', 'amazon-help')).toBe(HOLIDAY_WINDOWS_RULE);
    expect(reviewRuleFor('returnWindow', 'amazon-help')).toBe(REVIEW_RULES['amazon-help']);
    expect(reviewRuleFor('rights', 'law')).toBe(REVIEW_RULES.law);
  });
});
