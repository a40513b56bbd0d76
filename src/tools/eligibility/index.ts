/**
 * The return-eligibility checker's domain: "Can I still return this, by when, and what will it cost?"
 * Pure functions, no DOM and no Astro. `compileEligibilityRegion` runs at build time over a region's data; everything else
 * runs in the browser (and in the tests) over what it wrote.
 */
export * from './rules/types';
export { SELLERS, CONDITIONS } from './rules/labels';
export type { EligibilityRegion, EligibilityMenu, CategoryChoice, WindowRule, Season, SeasonDeadline, Right, Guarantee, CostEntry } from './rules/eligibilityRegion';
export { compileEligibilityRegion } from './compile/compileEligibilityRegion';
export { eligibilityForCategory, eligibilityMenu } from './compile/forCategory';
export { categoryChoices, regionCategoryIds, ALWAYS_OFFERED, STANDARD_CHOICE_LABEL } from './compile/categoryChoices';
export { NOT_ASSUMED_STANDARD } from './rules/notAssumedStandard';
export { validateEligibilityInput, EARLIEST_YEAR, type ValidationContext, type ValidationResult } from './rules/validateEligibilityInput';
export { storeWindow, coversSeller, orderDateOf, type StoreWindow } from './rules/storeWindow';
export { holidayExtension, type HolidayExtension } from './rules/holidayExtension';
export { statutoryDeadlines, lawExcludes, type LegalRight, type StatutoryDeadlines } from './rules/statutoryDeadlines';
export { applicableWindows, returnDeadline, type ApplicableWindows } from './rules/applicableWindows';
export { renewedGuarantee, isRenewed } from './rules/renewedGuarantee';
export { returnConditions } from './rules/conditions';
export { returnCosts } from './rules/returnCosts';
export { nextSteps, handoverDate } from './rules/nextSteps';
export { orderDateHint, ORDER_LOOKBACK_DAYS } from './rules/orderDateHint';
export { eligibilityVerdict, checkEligibility, daysLeftText } from './rules/eligibilityVerdict';
export { eligibilityQuery, readEligibilityQuery } from './rules/shareQuery';
export { returnReminderIcs, REMINDER_OFFSET_MINUTES, type ReminderFile } from './rules/reminderIcs';
export { reminderDate } from './rules/reminderDate';
export { longDate, shortDate, categoryLabel, fill } from './rules/wording';
