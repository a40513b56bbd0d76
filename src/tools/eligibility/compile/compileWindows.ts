import { CATEGORIES } from '../../../model/vocabulary/categories';
import { COUNTS_FROM } from '../../../model/vocabulary/regionVocabulary';
import { published } from '../../../model/regionFacts';
import type { CategoryRule, RegionData, StandardWindow } from '../../../model/types';
import type { CivilDate } from '../../../time/civilDate';
import type { WindowRule } from '../rules/eligibilityRegion';
import { formatDays } from '../../../model/format';
import { lowerFirst } from '../../../model/case';
import { factReason, notPublishedReason, reportedly, shortDate, storeName } from './cite';
import { englishLocale } from '../../../model/locale';

type Data = Pick<RegionData, 'marketplace' | 'locale' | 'sources' | 'returnsHelpPage' | 'returnWindow'>;

/** What a window counts from: the rule's own word, else the standard window's (one policy table), else unknown. */
function countsOf(region: Data, fact: CategoryRule | StandardWindow): StandardWindow['counts'] {
  return fact.counts ?? published(region.returnWindow)?.counts;
}

function shared(region: Data, fact: CategoryRule | StandardWindow): Pick<WindowRule, 'fromOrder' | 'startUnstated' | 'refundShare' | 'soldBy'> {
  const counts = countsOf(region, fact);
  const share = (when: 'unopened' | 'opened') => fact.refundShare?.find((item) => item.when === when)?.percent;
  return {
    ...(counts === 'purchase' ? { fromOrder: true as const } : {}),
    ...(counts === undefined ? { startUnstated: true as const } : {}),
    ...(fact.refundShare?.length ? { refundShare: { unopened: share('unopened'), opened: share('opened') } } : {}),
    ...(fact.soldBy ? { soldBy: fact.soldBy } : {}),
  };
}

/** " from delivery", " from the day you receive it"; nothing when the source does not say. */
function countsText(counts: StandardWindow['counts']): string {
  return counts ? ` from ${COUNTS_FROM[counts]}` : '';
}

/** One category rule as the checker reads it, with its sentences written. */
export function compileRule(region: Data, rule: CategoryRule): WindowRule {
  const store = storeName(region);
  const label = CATEGORIES[rule.category].label;
  const what = lowerFirst(rule.items ?? label);
  const since = rule.validFrom ? ` for orders from ${shortDate(rule.validFrom as CivilDate, { locale: englishLocale(region.locale) })}` : '';
  const window = rule.days === undefined ? '' : `${formatDays(rule.days)}${countsText(countsOf(region, rule))}${since}`;
  let text: string;
  if (!rule.returnable || rule.days === undefined) text = `${store} ${reportedly(region, rule)}does not take back ${what}.`;
  else if (rule.remedy === 'replacement-only') text = `${store} ${reportedly(region, rule)}replaces ${what} within ${window}, but does not refund them.`;
  else text = `${store} ${reportedly(region, rule)}takes back ${what} within ${window}.`;
  return {
    category: rule.category,
    ...(rule.returnable && rule.days !== undefined ? { days: rule.days } : {}),
    ...shared(region, rule),
    ...(rule.validFrom ? { validFrom: rule.validFrom } : {}),
    ...(rule.validTo ? { validTo: rule.validTo } : {}),
    reason: factReason(region, rule, rule.conditions ? `${text} ${rule.conditions}` : text),
    ...(rule.items ? { items: rule.items } : {}),
    ...(rule.remedy === 'replacement-only'
      ? { replacementOnly: factReason(region, rule, `${store} ${reportedly(region, rule)}replaces ${what} but does not refund them: you get a replacement, not your money back.`) }
      : {}),
  };
}

/** The standard window, or the reason it is not published. */
export function compileStandard(region: Data): WindowRule | { missing: ReturnType<typeof notPublishedReason> } {
  const standard = published(region.returnWindow);
  if (!standard) return { missing: notPublishedReason(region, region.returnWindow as Parameters<typeof notPublishedReason>[1]) };
  const store = storeName(region);
  const text = `${store} ${reportedly(region, standard)}takes back most items within ${formatDays(standard.days)}${countsText(standard.counts)}.`;
  return {
    category: 'standard',
    days: standard.days,
    ...shared(region, standard),
    reason: factReason(region, standard, standard.conditions ? `${text} ${standard.conditions}` : text),
  };
}
