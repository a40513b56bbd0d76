/**
 * The return-eligibility checker's domain: "Can I still return this, by when, and what will it cost?"
 * Pure functions, no DOM and no Astro. `compileRegion` runs at build time over a region's data; everything else
 * runs in the browser (and in the tests) over what it wrote.
 */
export * from './types';
export { SELLERS, CONDITIONS } from './labels';
export type { EligibilityRegion, CategoryChoice, WindowRule, Season, SeasonDeadline, Right, Guarantee, CostEntry } from './eligibilityRegion';
export { compileRegion } from './compile/compileRegion';
export { categoryChoices, regionCategoryIds, ALWAYS_OFFERED, STANDARD_CHOICE_LABEL } from './categoryChoices';
export { NOT_ASSUMED_STANDARD } from './notAssumedStandard';
export { inForce } from './inForce';
export { validateEligibilityInput, EARLIEST_YEAR, type ValidationContext, type ValidationResult } from './validateEligibilityInput';
export { storeWindow, coversSeller, orderDateOf, type StoreWindow } from './storeWindow';
export { holidayExtension, type HolidayExtension } from './holidayExtension';
export { statutoryDeadlines, lawExcludes, type LegalRight, type StatutoryDeadlines } from './statutoryDeadlines';
export { applicableWindows, returnDeadline, type ApplicableWindows } from './applicableWindows';
export { renewedGuarantee, isRenewed } from './renewedGuarantee';
export { returnConditions } from './conditions';
export { returnCosts } from './returnCosts';
export { nextSteps, handoverDate, REFUND_ESTIMATOR_PATH } from './nextSteps';
export { orderDateHint, ORDER_LOOKBACK_DAYS } from './orderDateHint';
export { eligibilityVerdict, checkEligibility, daysLeftText } from './eligibilityVerdict';
export { eligibilityQuery, readEligibilityQuery } from './shareQuery';
export { returnReminderIcs, REMINDER_OFFSET_MINUTES, type ReminderFile } from './reminderIcs';
export { reminderDate } from './reminderDate';
export { periodEnd } from './periodEnd';
export { longDate, shortDate, categoryLabel, fill } from './wording';
