/** True when a rule with optional `validFrom`/`validTo` (YYYY-MM-DD, both ends included) applies to an order placed on `date`. */
export function inForce(rule: { validFrom?: string | undefined; validTo?: string | undefined }, date: string): boolean {
  return (rule.validFrom === undefined || rule.validFrom <= date) && (rule.validTo === undefined || date <= rule.validTo);
}
