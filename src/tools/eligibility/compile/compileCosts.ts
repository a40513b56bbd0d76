import { formatPercent } from '../../../model/format';
import { formatMoney } from '../../../model/money';
import { isNotPublished } from '../../../model/regionFacts';
import { DEDUCTION_KINDS } from '../../../model/vocabulary/regionVocabulary';
import type { FactFields, NotPublished, RegionData } from '../../../model/types';
import type { CostEntry, CostWhen, EligibilityRegion } from '../rules/eligibilityRegion';
import { citing, factReason, reportedly, sourceLink, storeName } from './cite';
import { englishLocale } from '../../../model/locale';
import { lowerFirst } from '../../../model/case';
import { missingSentence } from '../../../model/missing';

type Data = Pick<RegionData, 'marketplace' | 'locale' | 'sources' | 'returnsHelpPage' | 'costs'>;

/**
 * What a return can cost on the region, as lines tagged with when they apply: always (free returns), for a change
 * of mind (label fees, late returns), for an opened or used item (restocking) or a used one (damage).
 */
export function compileCosts(region: Data): Pick<EligibilityRegion, 'costs' | 'deductions' | 'labelFee' | 'lateReturns'> {
  const store = storeName(region);
  const costs: CostEntry[] = [];
  const line = (kind: CostEntry['kind'], when: CostWhen, text: string, fact: FactFields, categories?: CostEntry['categories']) => {
    const cited = citing(region, fact);
    costs.push({ kind, when, ...(categories ? { categories } : {}), text, ...cited });
  };
  const missing = (when: CostWhen, what: string, value: NotPublished) => {
    costs.push({ kind: 'not-published', when, text: missingSentence(what), source: sourceLink(region, value.checkAt), reported: false });
  };

  const { freeReturns, labelFees, deductions } = region.costs;
  if (isNotPublished(freeReturns)) missing('always', `When returns are free on ${store}`, freeReturns);
  else for (const item of freeReturns) line('free', 'always', `Free: ${item.cases}`, item);

  if (isNotPublished(labelFees)) missing('change-of-mind', 'Return label fees', labelFees);
  else for (const fee of labelFees) line('label-fee', 'change-of-mind', `Label fee, ${formatMoney(fee.fee, englishLocale(region.locale))}: ${fee.appliesTo}`, fee);

  const conditions: EligibilityRegion['deductions'] = [];
  if (isNotPublished(deductions)) {
    missing('change-of-mind', 'Deductions for late or damaged returns', deductions);
  } else {
    for (const deduction of deductions) {
      const when: CostWhen = deduction.kind === 'late' ? 'change-of-mind' : deduction.kind === 'restocking' ? 'opened-or-used' : 'used';
      const percent = formatPercent(deduction.percent, deduction.upTo);
      line('deduction', when, `${DEDUCTION_KINDS[deduction.kind]}: ${percent} of the refund deducted. ${deduction.conditions}`, deduction, deduction.categories);
      if (when !== 'change-of-mind') {
        const text = `${store} ${reportedly(region, deduction)}deducts ${percent} of the refund: ${lowerFirst(deduction.conditions)}`;
        conditions.push({ when, ...(deduction.categories ? { categories: deduction.categories } : {}), reason: factReason(region, deduction, text) });
      }
    }
  }

  const firstFee = isNotPublished(labelFees) ? undefined : labelFees[0];
  // A late deduction below 100 % means a late return still brings some money back.
  const late = isNotPublished(deductions) ? [] : deductions.filter((deduction) => deduction.kind === 'late' && deduction.percent < 100);
  return {
    costs,
    deductions: conditions,
    ...(firstFee ? { labelFee: { text: `A return label fee can ${reportedly(region, firstFee)}be taken off your refund when you change your mind: see what it costs below.`, ...citing(region, firstFee) } } : {}),
    ...(late[0]
      ? { lateReturns: { text: `${store} ${reportedly(region, late[0])}still takes some late returns, with ${late.map((item) => formatPercent(item.percent, item.upTo)).join(' or ')} of the refund deducted: see what it costs below.`, ...citing(region, late[0]) } }
      : {}),
  };
}
