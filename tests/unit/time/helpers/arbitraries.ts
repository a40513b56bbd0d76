import fc from 'fast-check';
import { fromDayNumber, MAX_DAY_NUMBER, MIN_DAY_NUMBER, toCivilDate, toDayNumber } from '../../../../src/time/civilDate';

/** Any supported civil date, 0001-01-01 … 9999-12-31. */
export const anyCivilDate = fc.integer({ min: MIN_DAY_NUMBER, max: MAX_DAY_NUMBER }).map(fromDayNumber);

/** A civil date a shopper could mean: 1990 … 2110 (includes 2100, a century year that is not leap). */
export const plausibleCivilDate = fc
  .integer({ min: toDayNumber(toCivilDate('1990-01-01')), max: toDayNumber(toCivilDate('2110-12-31')) })
  .map(fromDayNumber);

/** Any UTF-16 code unit, lone surrogates included. */
export const anyCodeUnitString = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 40 });

/** Strings that look almost like dates: digits, dashes, spaces and a few letters. */
export const dateLikeString = fc.string({ unit: fc.constantFrom(...'0123456789-- /T:Z'.split('')), maxLength: 14 });
