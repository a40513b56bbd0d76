import type { CivilDate } from '../../../time/civilDate';
import type { EligibilityInput, EligibilityResult } from './types';

/** The day a calendar reminder is for: the answer's deadline, when it is still ahead (or today). */
export function reminderDate(input: Pick<EligibilityInput, 'today'>, result: Pick<EligibilityResult, 'deadline'>): CivilDate | undefined {
  const date = result.deadline?.date;
  return date !== undefined && date >= input.today ? date : undefined;
}
