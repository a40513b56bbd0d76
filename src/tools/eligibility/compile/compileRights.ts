import { formatDuration } from '../../../model/format';
import { isNotPublished, isReported } from '../../../model/regionFacts';
import { PERIOD_FROM_DELIVERY, RIGHT_KINDS, rightKindsIn } from '../../../model/vocabulary/rightKinds';
import type { RegionData } from '../../../model/types';
import type { Guarantee, Right } from '../rules/eligibilityRegion';
import type { Reason } from '../rules/types';
import { lowerFirst } from '../../../model/case';
import { regionWide } from '../../../model/jurisdiction';
import { factReason, notPublishedReason, reportedly, storeName } from './cite';

type Data = Pick<RegionData, 'name' | 'marketplace' | 'sources' | 'returnsHelpPage' | 'statutoryRights' | 'renewedGuarantee'>;

/** The rights the checker weighs: cancelling (and what goes with it) and faulty goods. */
const USED = rightKindsIn('cancel', 'cancel-terms', 'faulty');

/** The nationwide rights the checker uses, each with "<title>: <period> …, so until {until}. <summary> (<law>)." */
export function compileRights(region: Data): { rights: Right[]; rightsMissing?: Reason } {
  if (isNotPublished(region.statutoryRights)) return { rights: [], rightsMissing: { ...notPublishedReason(region, region.statutoryRights), text: `${region.statutoryRights.note.replace(/\.$/, '')}.` } };
  const rights = region.statutoryRights
    .filter((right) => USED.includes(right.kind) && regionWide(right, region.name))
    .map((right): Right => {
      const label = right.title ?? RIGHT_KINDS[right.kind];
      const dated = right.period !== undefined && PERIOD_FROM_DELIVERY.includes(right.kind);
      const period = right.period ? formatDuration(right.period) : undefined;
      const from = right.from ?? 'delivery';
      const weekdays = right.period?.unit === 'business-days' ? ' (we skipped weekends only; a public holiday in between gives you a day more)' : '';
      const law = isReported(region, right) ? `${right.lawName}; reported` : right.lawName;
      const lead = !period ? `${label}: ` : dated ? `${label}: ${period} from ${from}, so until {until}${weekdays}. ` : `${label}: ${period} from ${from}. `;
      return {
        kind: right.kind,
        label,
        ...(dated ? { period: right.period } : {}),
        ...(right.validFrom ? { validFrom: right.validFrom } : {}),
        ...(right.validTo ? { validTo: right.validTo } : {}),
        ...(right.excludedCategories ? { excludedCategories: right.excludedCategories } : {}),
        reason: factReason(region, right, `${lead}${right.summary.replace(/\.$/, '')} (${law}).`),
        ...(dated ? { detail: `${period} from ${from}${weekdays}, counted from delivery ({delivered}), under ${right.lawName}.` } : {}),
      };
    });
  return { rights };
}

/** The Amazon Renewed Guarantee, or that it is not published. */
export function compileRenewed(region: Data): Guarantee | { missing: Reason } {
  const guarantee = region.renewedGuarantee;
  if (isNotPublished(guarantee)) return { missing: notPublishedReason(region, guarantee) };
  const period = formatDuration(guarantee.period);
  const summary = guarantee.summary.replace(/\.$/, '');
  return {
    period: guarantee.period,
    reason: factReason(region, guarantee, `${storeName(region)} ${reportedly(region, guarantee)}backs Renewed items with a guarantee of ${period}, so until {until}: ${lowerFirst(summary)}.`),
    detail: `${period} from delivery ({delivered}).`,
  };
}
