import { describe, expect, it } from 'vitest';
import { eligibilityVerdict } from '../../../../src/tools/eligibility';
import { compact, input } from './helpers';

/**
 * Issue 11 §2: an order delivered in a holiday period whose current season's dates are not in our sources, in a
 * region that extended returns in the seasons on file, is "probably still returnable", never "closed"; no guessed
 * date is given as certain. Today is fixed at 4 December 2026.
 */
const TODAY = '2026-12-04';

describe('probably still returnable: the holiday season not in our sources', () => {
  it('a US order delivered 2 November 2026 is probably returnable, naming the 2025 season on file and the standard deadline', () => {
    const result = eligibilityVerdict(input({ region: 'us', delivered: '2026-11-02', today: TODAY }), compact('us'));
    expect(result.kind).toBe('probably-returnable');
    expect(result.headline).toBe('Probably still returnable');
    expect(result.summary).toContain('The standard return window ended on Wednesday, December 2, 2026');
    expect(result.summary).toContain('the 2025 and 2023 seasons on file');
    expect(result.summary).toContain('2026 holiday dates are not in our sources yet');
    expect(result.summary).toContain('check the return-by date for this order in Your Orders');
    expect(result.returnBy).toMatchObject({ kind: 'standard', date: '2026-12-02' });
    const texts = result.reasons.map((reason) => reason.text);
    expect(texts).toContain('In the 2025 season, Amazon.com extended returns for orders placed November 1, 2025 to December 31, 2025: until January 31, 2026; Apple products: until January 15, 2026.');
    expect(texts.some((text) => text.startsWith('In the 2023 season, Amazon.com reportedly extended returns'))).toBe(true);
    // No date of this season is given as certain: nothing in the answer names a 2027 date.
    expect(JSON.stringify(result)).not.toMatch(/2027/);
    expect(result.nextSteps[0]?.label).toContain('Your Orders');
    expect(result.nextSteps.some((step) => step.external && step.href === compact('us').helpPage.url)).toBe(true);
  });

  it('a German order delivered 2 November 2026 is probably returnable, naming the 2025 and 2024 seasons on file', () => {
    const result = eligibilityVerdict(input({ region: 'de', delivered: '2026-11-02', today: TODAY }), compact('de'));
    expect(result.kind).toBe('probably-returnable');
    expect(result.summary).toContain('ended on Wednesday, 2 December 2026');
    expect(result.summary).toContain('the 2025 and 2024 seasons on file');
    const texts = result.reasons.map((reason) => reason.text);
    expect(texts.some((text) => text.startsWith('In the 2025 season, Amazon.de reportedly extended returns for orders placed 1 November 2025 to 25 December 2025: until 31 January 2026'))).toBe(true);
    expect(texts.some((text) => text.startsWith('In the 2024 season'))).toBe(true);
  });

  it.each(['jp', 'in', 'mx'])('%s, without holiday history, says the window has closed', (region) => {
    const result = eligibilityVerdict(input({ region, delivered: '2026-11-02', today: '2027-01-10' }), compact(region));
    expect(result.kind).not.toBe('probably-returnable');
  });

  it('a region without holiday history says closed for a November order checked in December', () => {
    const result = eligibilityVerdict(input({ region: 'jp', category: 'standard', delivered: '2026-11-02', today: TODAY }), compact('jp'));
    expect(result.kind).toBe('not-returnable');
    expect(result.headline).toBe('The return window has closed');
  });

  it('an order outside the holiday period (October, before the dates of the seasons on file) is closed', () => {
    const result = eligibilityVerdict(input({ region: 'us', delivered: '2026-10-15', today: TODAY }), compact('us'));
    expect(result.kind).toBe('not-returnable');
  });

  it('is closed once the seasons on file had long ended (March the next year)', () => {
    const result = eligibilityVerdict(input({ region: 'us', delivered: '2026-11-02', today: '2027-03-01' }), compact('us'));
    expect(result.kind).toBe('not-returnable');
  });

  it('stays open (not "probably") while the standard window is open, and names the seasons on file', () => {
    const result = eligibilityVerdict(input({ region: 'us', delivered: '2026-11-20', today: TODAY }), compact('us'));
    expect(['returnable', 'conditional']).toContain(result.kind);
    expect(result.reasons.map((reason) => reason.text).some((text) => text.startsWith('In the 2025 season'))).toBe(true);
  });

  it('an item that cannot be returned gets no probable extension', () => {
    const result = eligibilityVerdict(input({ region: 'us', category: 'gift-cards', delivered: '2026-11-02', today: TODAY }), compact('us'));
    expect(result.kind).not.toBe('probably-returnable');
  });

  it('the per-region JSON carries the seasons on file for the season not in our sources', () => {
    const season = compact('us').seasons.find((item) => !item.published && item.season === 2026);
    expect(season && !season.published && season.likely).toMatchObject({ purchasedFrom: '2026-11-01', purchasedTo: '2026-12-31' });
    if (!season || season.published || !season.likely) throw new Error('no likely season');
    expect(season.likely.onFile.map((item) => item.season)).toEqual([2025, 2023]);
    expect(compact('jp').seasons.every((item) => item.published || item.likely === undefined)).toBe(true);
  });
});
