import { holidayDeadline, isNotPublished } from '../../../model/regionFacts';
import type { HolidaySeason, HolidayVariant, RegionData } from '../../../model/types';
import type { CivilDate } from '../../../time/civilDate';
import type { CategoryChoice, Season, SeasonDeadline } from '../rules/eligibilityRegion';
import { formatDays } from '../../../model/format';
import { citing, factReason, notPublishedReason, reportedly, shortDate, storeName } from './cite';
import { englishLocale } from '../../../model/locale';
import { seasonOrderPeriod } from '../../../model/holidaySeason';

type Data = Pick<RegionData, 'marketplace' | 'locale' | 'sources' | 'returnsHelpPage' | 'holidayWindows'>;

/**
 * Every holiday season of the region, with its sentences (`{label}`: the reader's category) and, for each category
 * of the menu, which deadline covers it (decided by regionFacts' holidayDeadline).
 */
export function compileSeasons(region: Data, menu: readonly CategoryChoice[]): Season[] {
  const locale = { locale: englishLocale(region.locale) };
  const date = (value: string) => shortDate(value as CivilDate, locale);
  const store = storeName(region);
  return region.holidayWindows.map((season): Season => {
    if (isNotPublished(season)) {
      const orders = seasonOrderPeriod(season.season);
      return { published: false, purchasedFrom: orders.from, purchasedTo: orders.to, reason: notPublishedReason(region, season) };
    }
    const period = `${date(season.purchasedFrom)} to ${date(season.purchasedTo)}`;
    const deadline = (fact: HolidaySeason | HolidayVariant, forLabel: boolean): SeasonDeadline => {
      const options = [`until ${date(fact.returnBy)}`];
      if (fact.orDaysAfterReceipt !== undefined) options.push(`${formatDays(fact.orDaysAfterReceipt)} after you received it`);
      if (fact.orDaysAfterPurchase !== undefined) options.push(`${formatDays(fact.orDaysAfterPurchase)} after you ordered`);
      const rule = options.join(' or ') + (options.length > 1 ? ', whichever is later' : '');
      const note = fact.note ?? season.note;
      return {
        returnBy: fact.returnBy,
        ...(fact.orDaysAfterReceipt !== undefined ? { orDaysAfterReceipt: fact.orDaysAfterReceipt } : {}),
        ...(fact.orDaysAfterPurchase !== undefined ? { orDaysAfterPurchase: fact.orDaysAfterPurchase } : {}),
        reason: { text: `${store} ${reportedly(fact)}extends returns${forLabel ? ' for {label}' : ''} for orders placed ${period}: ${rule}.`, ...citing(region, fact), ...(note ? { note } : {}) },
        detail: `For orders placed ${period}: ${rule}.`,
      };
    };
    const facts: Array<HolidaySeason | HolidayVariant> = [season, ...(season.variants ?? [])];
    const byCategory: Record<string, number> = {};
    for (const choice of menu) {
      const covering = holidayDeadline(season, choice.id);
      if (covering) byCategory[choice.id] = facts.indexOf(covering.fact as HolidaySeason | HolidayVariant);
    }
    return {
      published: true,
      purchasedFrom: season.purchasedFrom,
      purchasedTo: season.purchasedTo,
      ...(season.soldBy ? { soldBy: season.soldBy } : {}),
      deadlines: facts.map((fact, index) => deadline(fact, index > 0)),
      byCategory,
      notCovered: factReason(region, season, `${store}'s holiday return window for orders placed ${period} ${reportedly(season)}does not cover {label}.`),
    };
  });
}
