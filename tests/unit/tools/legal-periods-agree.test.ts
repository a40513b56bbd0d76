/**
 * The eligibility checker and the support-message composer must agree on every legal period: fed the same right and
 * the same delivery date, the checker's last day is the last day on which the composer still cites the right, and the
 * day after it no longer does. (They used to count business days two ways: the checker skipped weekends, the composer
 * compared calendar days, so for Mexico's 5 business days they disagreed most weeks.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/time/addDays';
import { fromDayNumber, toCivilDate, toDayNumber, type CivilDate } from '../../../src/time/civilDate';
import { compileEligibilityRegion, statutoryDeadlines, type EligibilityInput, type LegalRight } from '../../../src/tools/eligibility';
import { compileSupportRegion, legalBasisFor, type SituationId, type SupportRight } from '../../../src/tools/support';
import { regionData, regionFiles } from '../regions/helpers';

const regions = regionFiles().map((file) => {
  const data = regionData(file);
  return { id: file.id, checker: compileEligibilityRegion(file.id, data), composer: compileSupportRegion(file.id, data) };
});

/** Where the composer looks for each kind of right both tools date. */
const SITUATION: Readonly<Record<string, SituationId>> = { withdrawal: 'return-refused', 'faulty-goods': 'damaged-faulty', 'legal-guarantee': 'damaged-faulty' };

const delivered = fc.integer({ min: toDayNumber(toCivilDate('2024-01-01')), max: toDayNumber(toCivilDate('2027-12-31')) }).map(fromDayNumber);

function checkerRights(region: (typeof regions)[number], date: CivilDate): LegalRight[] {
  const input: EligibilityInput = { region: region.id, category: 'standard', seller: 'amazon', condition: 'damaged', delivered: date, today: date };
  const law = statutoryDeadlines(input, region.checker);
  return [...(law.withdrawal ? [law.withdrawal] : []), ...law.faulty];
}

/** True when the composer, writing on `day` about an item delivered on `date` and handed back on `day`, cites `right`. */
function composerCites(region: (typeof regions)[number], right: SupportRight, date: CivilDate, day: CivilDate): boolean {
  const basis = legalBasisFor(region.composer, SITUATION[right.kind] as SituationId, { delivered: date, handover: day, today: day });
  return basis.kind === 'sentence' && basis.right.title === right.title;
}

describe('the checker and the composer count a legal period the same way', () => {
  it('for every right both date, the checker\'s last day is the composer\'s last day', () => {
    let compared = 0;
    fc.assert(
      fc.property(fc.constantFrom(...regions), delivered, (region, date) => {
        for (const legal of checkerRights(region, date)) {
          const end = legal.rule?.date;
          const right = region.composer.rights.find((item) => item.title === legal.right.label && item.kind === legal.right.kind);
          if (end === undefined || right === undefined || !(right.kind in SITUATION)) continue;
          // A right the composer ranks below another one it cites instead (faulty goods before the legal guarantee) is
          // only visible once that one has run out; the dates must still agree wherever the right is visible.
          if (!composerCites(region, right, date, end)) {
            expect(composerCites(region, right, date, addDays(end, 1)), `${region.id} ${right.title} ${date}: cited after the checker's last day ${end}`).toBe(false);
            continue;
          }
          expect(composerCites(region, right, date, addDays(end, 1)), `${region.id} ${right.title} ${date}: still cited the day after ${end}`).toBe(false);
          compared += 1;
        }
      }),
      { numRuns: 600 },
    );
    expect(compared).toBeGreaterThan(300);
  });

  it('agrees on Mexico\'s 5 business days to cancel, across a weekend', () => {
    const mx = regions.find((region) => region.id === 'mx');
    if (!mx) throw new Error('no Mexico region');
    // Delivered on Thursday 5 March 2026: the fifth business day is Thursday 12 March.
    const date = toCivilDate('2026-03-05');
    const withdrawal = checkerRights(mx, date).find((legal) => legal.right.kind === 'withdrawal');
    expect(withdrawal?.rule?.date).toBe('2026-03-12');
    const right = mx.composer.rights.find((item) => item.kind === 'withdrawal') as SupportRight;
    expect(composerCites(mx, right, date, toCivilDate('2026-03-12'))).toBe(true);
    expect(composerCites(mx, right, date, toCivilDate('2026-03-13'))).toBe(false);
  });
});
