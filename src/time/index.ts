/**
 * The date domain: civil dates, business calendars, date ranges and iCalendar files.
 * Pure TypeScript: no DOM, no Node APIs, no Astro. Runs in the browser and at build time.
 */
export {
  MAX_CIVIL_DATE, MAX_YEAR, MIN_CIVIL_DATE, MIN_YEAR,
  civilDateFromParts, civilDateParts, fromDayNumber, isCivilDate, toCivilDate, toDayNumber,
  type CivilDate, type IsoWeekday,
} from './civilDate';
export { daysInMonth, isLeapYear, type CivilDateParts } from './gregorian';
export {
  DEFAULT_PARSE_YEARS, parseCivilDate,
  type ParseCivilDateFailureCode, type ParseCivilDateOptions, type ParseCivilDateResult,
} from './parseCivilDate';
export { addDays } from './addDays';
export { addMonths } from './addMonths';
export { weekday } from './weekday';
export { compare, isAfter, isBefore, isWithin, max, min } from './compare';
export { daysBetween } from './daysBetween';
export { isValidTimeZone, todayIn } from './todayIn';
export { DEFAULT_CIVIL_DATE_FORMAT, formatCivilDate, formatCivilDateRange, type CivilDateFormatOptions } from './formatCivilDate';
export {
  SATURDAY_SUNDAY, businessDaysBetween, covers, createBusinessCalendar, holidayOn, isBusinessDay, isWeekend, nextBusinessDay,
  type BusinessCalendar, type BusinessCalendarOptions, type BusinessDaysResult, type CivilDateSpan, type Holiday,
} from './businessCalendar';
export {
  holidayCalendarFromJson, holidaysInYear, type HolidayData, type RegionCalendar,
} from './holidays';
export { addHourRange, type DateRange, type HourRange } from './hourRange';
export { buildIcs, type BuildIcsOptions, type IcsAlarm, type IcsEvent } from './ics';
export { parseIcsEvents, type ParsedIcsEvent } from './parseIcsEvents';
