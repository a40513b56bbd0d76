/**
 * Where a rule applies. Region data gives a statutory right a `jurisdiction` when it holds in part of the region only
 * ("Ontario", "England and Wales"), or names the region itself ("Mexico (federal)"). The tools apply only rules that
 * hold in the whole region, since they do not know where in it the reader lives.
 */
export function regionWide(rule: { jurisdiction?: string | undefined }, regionName: string): boolean {
  return rule.jurisdiction === undefined || rule.jurisdiction.startsWith(regionName);
}

/**
 * The place to name after a right or a consumer body ("Ontario"), so two provinces read apart. Undefined when the
 * label names it already ("… (Ontario)", "Consumer Protection (Western Australia)") or the rule holds in the whole
 * region ("Mexico (federal)").
 */
export function placeToName(label: string, rule: { jurisdiction?: string | undefined }, regionName: string): string | undefined {
  return rule.jurisdiction !== undefined && !label.includes(rule.jurisdiction) && !regionWide(rule, regionName) ? rule.jurisdiction : undefined;
}
