import { describe, expect, it } from 'vitest';
import { DEADLINE_RIGHT_KINDS, PERIOD_FROM_DELIVERY, RIGHT_GROUP, RIGHT_KINDS, rightKindsIn, type RightKind } from '../../../src/model/vocabulary/rightKinds';
import { isNotPublished } from '../../../src/model/regionFacts';
import { REGION_VIEWS } from '../../../src/site/regionViews';
import { compileEligibilityRegion } from '../../../src/tools/eligibility';
import { compileSupportRegion, RIGHTS_FOR } from '../../../src/tools/support';
import { regionData, regionFiles } from '../regions/helpers';

const regions = regionFiles().map((file) => ({ id: file.id, data: regionData(file) }));
const kinds = Object.keys(RIGHT_KINDS) as RightKind[];

describe('which kinds of statutory right belong together', () => {
  it('puts every kind in exactly one group, and lists a group in vocabulary order', () => {
    expect(Object.keys(RIGHT_GROUP)).toEqual(kinds);
    expect(rightKindsIn('faulty')).toEqual(['faulty-goods', 'legal-guarantee']);
    expect(rightKindsIn('cancel', 'faulty')).toEqual(kinds.filter((kind) => ['cancel', 'faulty'].includes(RIGHT_GROUP[kind])));
  });

  it('counts every right a shopper acts on by a date as a deadline, and neither what the shop must merely provide nor a right of particular cases only', () => {
    expect(DEADLINE_RIGHT_KINDS).toEqual(kinds.filter((kind) => !['information', 'cancel-conditional'].includes(RIGHT_GROUP[kind])));
    expect(DEADLINE_RIGHT_KINDS).not.toContain('conditional-cancellation');
    expect(PERIOD_FROM_DELIVERY).toContain('withdrawal');
    expect(PERIOD_FROM_DELIVERY).not.toContain('refund-deadline');
  });

  it('the region table shows each right under the column of its group, and information rights under none', () => {
    const [cancel, refund, faulty] = REGION_VIEWS['statutory-rights'].columns;
    for (const { id, data } of regions) {
      if (isNotPublished(data.statutoryRights)) continue;
      const shown = (column: typeof cancel) => column!.cell(data).filter((line) => line.kind === 'fact').map((line) => (line.kind === 'fact' ? line.fact : undefined));
      for (const [column, group] of [[cancel, 'cancel'], [refund, 'refund'], [faulty, 'faulty']] as const) {
        expect(shown(column), `${id} ${group}`).toEqual(data.statutoryRights.filter((right) => RIGHT_GROUP[right.kind] === group));
      }
    }
  });

  it('the checker weighs the nationwide rights to cancel and for faulty goods; the composer ships the kinds it can cite', () => {
    for (const { id, data } of regions) {
      const rights = isNotPublished(data.statutoryRights) ? [] : data.statutoryRights;
      const nationwide = rights.filter((right) => right.jurisdiction === undefined || right.jurisdiction.includes(data.name));
      expect(compileEligibilityRegion(id, data).rights.map((right) => right.kind), id).toEqual(
        nationwide.filter((right) => ['cancel', 'cancel-terms', 'faulty'].includes(RIGHT_GROUP[right.kind])).map((right) => right.kind),
      );
      const cited = new Set(Object.values(RIGHTS_FOR).flat());
      expect(compileSupportRegion(id, data).rights.map((right) => right.kind), id).toEqual(rights.filter((right) => cited.has(right.kind)).map((right) => right.kind));
    }
  });
});
