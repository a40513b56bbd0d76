/**
 * Shared words for the answer, safe in the browser: dates as readers read them, day counts, category names,
 * and the `{until}`-style slots that build-time sentences leave for the reader's dates.
 */
import { formatCivilDate } from '../../../time/formatCivilDate';
import type { CivilDate } from '../../../time/civilDate';
import type { EligibilityRegion } from './eligibilityRegion';

/** "Saturday 31 January 2026" in the region's English (en-US: "Saturday, January 31, 2026"). */
export function longDate(date: CivilDate, region: Pick<EligibilityRegion, 'locale'>): string {
  return formatCivilDate(date, region.locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/** "31 January 2026". */
export function shortDate(date: CivilDate, region: Pick<EligibilityRegion, 'locale'>): string {
  return formatCivilDate(date, region.locale, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** A category's reader-facing name from the region's menu; "Most items" for the standard window. */
export function categoryLabel(region: Pick<EligibilityRegion, 'categories'>, id: string): string {
  return id === 'standard' ? 'Most items' : (region.categories.find((choice) => choice.id === id)?.label ?? id);
}

/** Fills `{name}` slots: fill('until {until}', { until: '31 January 2026' }). Unknown slots stay as they are. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
}
