/**
 * Where a rule applies. Region data gives a statutory right a `jurisdiction` when it holds in part of the region only
 * ("Ontario", "England and Wales"), or names the region itself ("Mexico (federal)"). The tools apply only rules that
 * hold in the whole region, since they do not know where in it the reader lives.
 */
export function regionWide(rule: { jurisdiction?: string | undefined }, regionName: string): boolean {
  return rule.jurisdiction === undefined || rule.jurisdiction.startsWith(regionName);
}
