import type { EligibilityRegion } from './eligibilityRegion';
import { holidayExtension, type HolidayExtension } from './holidayExtension';
import { statutoryDeadlines, type StatutoryDeadlines } from './statutoryDeadlines';
import { storeWindow, type StoreWindow } from './storeWindow';
import type { DatedRule, EligibilityInput, RuleKind } from './types';

export interface ApplicableWindows {
  store: StoreWindow;
  holiday: HolidayExtension;
  law: StatutoryDeadlines;
  /** Every dated window for sending the item back (store, holiday, right to cancel), the latest first. */
  windows: DatedRule[];
}

/** On the same date, the rule a reader would act on first: Amazon's own, then the law's. */
const PRIORITY: Partial<Record<RuleKind, number>> = { holiday: 0, category: 1, standard: 2, withdrawal: 3 };

/** The store window, the holiday extension and the right to cancel that apply to this order. */
export function applicableWindows(input: EligibilityInput, region: EligibilityRegion): ApplicableWindows {
  const store = storeWindow(input, region);
  const holiday = holidayExtension(input, region, store);
  const law = statutoryDeadlines(input, region);
  const windows: DatedRule[] = [];
  if (store.kind === 'window') windows.push(store.rule);
  if (holiday.kind === 'extension') windows.push(holiday.rule);
  if (law.withdrawal?.rule) windows.push(law.withdrawal.rule);
  windows.sort((a, b) => (a.date === b.date ? (PRIORITY[a.kind] ?? 9) - (PRIORITY[b.kind] ?? 9) : a.date < b.date ? 1 : -1));
  return { store, holiday, law, windows };
}

/** The last day to send the item back, and the rule that sets it; undefined when nothing gives a date. */
export function returnDeadline(input: EligibilityInput, region: EligibilityRegion): DatedRule | undefined {
  return applicableWindows(input, region).windows[0];
}
