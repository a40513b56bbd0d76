import { civilDateParts, toCivilDate } from '../../time/civilDate';
import { generateHolidayData, holidayRegionOf } from '../../site/generateHolidays';
import { regionJsonRoute } from '../../site/regionJsonRoute';
import { BUILD_DATE } from '../../site/config';

/**
 * /holidays/<region>.json: the region's national public holidays for last year through three years ahead,
 * written at build time so date-holidays never reaches the browser. One file per entry in the regions collection.
 * The year is the build date's, as on the region pages (site/regionPage/pageModel.ts), so both list the same days.
 */
export const prerender = true;

const buildYear = civilDateParts(toCivilDate(BUILD_DATE, 'BUILD_DATE')).year;

export const { getStaticPaths, GET } = regionJsonRoute((entry) => generateHolidayData(holidayRegionOf(entry), buildYear));
