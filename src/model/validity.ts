/**
 * When a rule applies: region data dates a rule that started or ended on a day with `validFrom` and `validTo`
 * (YYYY-MM-DD, both days included; a date left out is open). The one definition of "in force", so a change to it
 * (an exclusive end day, say) is made here and nowhere else. Dates compare as text: YYYY-MM-DD sorts as dates do.
 */
export interface Validity {
  validFrom?: string | undefined;
  validTo?: string | undefined;
}

/** True when the rule is in force on `date`: from `validFrom` to `validTo`, both included. */
export function inForce(rule: Validity, date: string): boolean {
  return (rule.validFrom === undefined || rule.validFrom <= date) && (rule.validTo === undefined || date <= rule.validTo);
}

/** True when the rule has no end date: it is still in force, whatever the date. */
export function stillInForce(rule: Validity): boolean {
  return rule.validTo === undefined;
}
