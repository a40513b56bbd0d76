import type { FactFields, RegionData, RegionSource } from './types';
import { sourceById } from './regionFacts';

/**
 * The source-year rule (issue 11 §3), its one home: a figure whose source's own year (`year`, when the page was
 * published or last updated) is more than two years before the day our research read it (`readOn`) shows that year
 * wherever the figure is shown: "label fee €3.50 (2021 source)".
 *
 * Measured against `readOn`, not the build date, so that the same content always gives the same pages and the same
 * tool data (a page does not change on its own the day a year turns), and because `readOn` is what "as of" means
 * for every fact resting on the source: re-reading the page moves `readOn` and the mark follows. Law text is exempt. Sources without a
 * `readOn` fall back to the date given by the caller (the build date), else show no mark.
 */
export const OLD_SOURCE_YEARS = 2;

/** The source's year when it is old enough to show; undefined otherwise (or when the source gives no year). */
export function oldSourceYear(source: (Pick<RegionSource, 'year' | 'readOn'> & { kind?: string | undefined }) | undefined, fallbackDate?: string): number | undefined {
  // Law text is exempt: it is cited by its article, and a change of law by validFrom and validTo.
  if (!source || source.year === undefined || source.kind === 'law') return undefined;
  const readOn = source.readOn ?? fallbackDate;
  if (!readOn) return undefined;
  return Number(readOn.slice(0, 4)) - source.year > OLD_SOURCE_YEARS ? source.year : undefined;
}

/** The year to show beside a fact's figure, from the source it cites. */
export function factSourceYear(region: Pick<RegionData, 'sources'>, fact: Pick<FactFields, 'source'> | undefined, fallbackDate?: string): number | undefined {
  return fact ? oldSourceYear(sourceById(region, fact.source), fallbackDate) : undefined;
}

/** "(2021 source)" */
export function sourceYearLabel(year: number): string {
  return `(${year} source)`;
}

/** "€3.50 (2021 source)" when the fact's source is old, else the text as it is. */
export function withSourceYear(text: string, region: Pick<RegionData, 'sources'>, fact: Pick<FactFields, 'source'> | undefined, fallbackDate?: string): string {
  const year = factSourceYear(region, fact, fallbackDate);
  return year === undefined ? text : `${text} ${sourceYearLabel(year)}`;
}
