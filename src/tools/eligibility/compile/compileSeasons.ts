import { holidayDeadline, isNotPublished } from '../../../model/regionFacts';
import { CATEGORIES, type CategoryId } from '../../../model/vocabulary/categories';
import { lowerFirst } from '../../../model/case';
import type { HolidaySeason, HolidayVariant, RegionData } from '../../../model/types';
import type { CivilDate } from '../../../time/civilDate';
import type { CategoryChoice, LikelyDeadline, LikelySeason, Season, SeasonDeadline } from '../rules/eligibilityRegion';
import { sparseByCategory } from '../rules/byCategory';
import { formatDays } from '../../../model/format';
import { citing, factReason, notPublishedReason, reportedly, shortDate, storeName } from './cite';
import { englishLocale } from '../../../model/locale';
import { likelyHolidayPeriod, seasonOrderPeriod, seasonsOnFileBefore, sameDayYearsLater } from '../../../model/holidaySeason';

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
      const likely = likelySeason(region, menu, season.season);
      return { published: false, season: season.season, purchasedFrom: orders.from, purchasedTo: orders.to, reason: notPublishedReason(region, season), ...(likely ? { likely } : {}) };
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
        reason: { text: `${store} ${reportedly(region, fact)}extends returns${forLabel ? ' for {label}' : ''} for orders placed ${period}: ${rule}.`, ...citing(region, fact), ...(note ? { note } : {}) },
        detail: `For orders placed ${period}: ${rule}.`,
      };
    };
    const facts: Array<HolidaySeason | HolidayVariant> = [season, ...(season.variants ?? [])];
    const byCategory = sparseByCategory(
      menu.map((choice) => choice.id),
      (category) => {
        const covering = holidayDeadline(season, category as CategoryId);
        return covering ? facts.indexOf(covering.fact as HolidaySeason | HolidayVariant) : undefined;
      },
    );
    return {
      published: true,
      purchasedFrom: season.purchasedFrom,
      purchasedTo: season.purchasedTo,
      ...(season.soldBy ? { soldBy: season.soldBy } : {}),
      deadlines: facts.map((fact, index) => deadline(fact, index > 0)),
      byCategory,
      notCovered: factReason(region, season, `${store}'s holiday return window for orders placed ${period} ${reportedly(region, season)}does not cover {label}.`),
    };
  });
}

/**
 * For a season whose dates are not in our sources: what the seasons on file before it make likely (the same days of
 * the year as the latest of them), with one past-tense sentence per season on file. None without such a season.
 */
function likelySeason(region: Data, menu: readonly CategoryChoice[], year: number): LikelySeason | undefined {
  const onFile = seasonsOnFileBefore<HolidaySeason>(region.holidayWindows, year);
  const latest = onFile[0];
  if (!latest) return undefined;
  const locale = { locale: englishLocale(region.locale) };
  const date = (value: string) => shortDate(value as CivilDate, locale);
  const store = storeName(region);
  const years = year - latest.season;
  const period = likelyHolidayPeriod(year, latest);
  const byCategory = sparseByCategory(
    menu.map((choice) => choice.id),
    (category): LikelyDeadline | undefined => {
      const covering = holidayDeadline(latest, category as CategoryId);
      return covering
        ? {
            returnBy: sameDayYearsLater(covering.returnBy, years),
            ...(covering.orDaysAfterReceipt !== undefined ? { orDaysAfterReceipt: covering.orDaysAfterReceipt } : {}),
            ...(covering.orDaysAfterPurchase !== undefined ? { orDaysAfterPurchase: covering.orDaysAfterPurchase } : {}),
          }
        : undefined;
    },
  );
  const label = (category: string) => lowerFirst(menu.find((choice) => choice.id === category)?.label ?? CATEGORIES[category as CategoryId]?.label ?? category);
  const until = (fact: Pick<HolidaySeason, 'returnBy' | 'orDaysAfterReceipt' | 'orDaysAfterPurchase'>) => {
    const options = [`until ${date(fact.returnBy)}`];
    if (fact.orDaysAfterReceipt !== undefined) options.push(`${formatDays(fact.orDaysAfterReceipt)} after receipt`);
    if (fact.orDaysAfterPurchase !== undefined) options.push(`${formatDays(fact.orDaysAfterPurchase)} after purchase`);
    return options.join(' or ') + (options.length > 1 ? ', whichever was later' : '');
  };
  return {
    purchasedFrom: period.purchasedFrom,
    purchasedTo: period.purchasedTo,
    ...(latest.soldBy ? { soldBy: latest.soldBy } : {}),
    byCategory,
    onFile: onFile.map((season) => {
      const variants = (season.variants ?? []).map((variant) => `; ${variant.categories.map(label).join(', ')}: ${until(variant)}`).join('');
      const text = `In the ${season.season} season, ${store} ${reportedly(region, season)}extended returns for orders placed ${date(season.purchasedFrom)} to ${date(season.purchasedTo)}: ${until(season)}${variants}.`;
      return { season: season.season, reason: factReason(region, season, text) };
    }),
  };
}
