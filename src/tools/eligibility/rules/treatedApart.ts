import type { CategoryId } from '../../../model/vocabulary/categories';
import type { EligibilityRegion } from './eligibilityRegion';

/** Is this a kind of item shops commonly treat apart (notAssumedStandard.ts), as the region's checker data lists them? */
export function treatedApart(region: Pick<EligibilityRegion, 'apart'>, category: CategoryId): boolean {
  return region.apart?.includes(category) === true;
}
