/**
 * A value for each category of the checker's menu, written sparsely: most categories share one value (a season's own
 * deadline), so the region file names only the categories that differ. `null`: the category has none (not covered).
 *
 *   { "others": 0, "except": { "books": 1, "toys": 1, "grocery-perishables": null } }
 */
export interface ByCategory<T> {
  /** The value of every category not in `except`. */
  others: T | null;
  except?: Record<string, T | null>;
}

/** An entry limited to some kinds of item (a cost, a deduction) applies to those only; one without a list, to all. */
export function appliesTo(categories: readonly string[] | undefined, category: string): boolean {
  return !categories || categories.includes(category);
}

/** The value for one category; undefined when it has none. */
export function forCategory<T>(map: ByCategory<T>, category: string): T | undefined {
  const value = map.except && Object.hasOwn(map.except, category) ? map.except[category] : map.others;
  return value ?? undefined;
}

/** Writes `valueOf` for every category of the menu sparsely, with the most common value as `others` (build time). */
export function sparseByCategory<T>(categories: readonly string[], valueOf: (category: string) => T | undefined): ByCategory<T> {
  const values = categories.map((category) => [category, valueOf(category) ?? null] as const);
  const key = (value: T | null) => JSON.stringify(value);
  const counts = new Map<string, number>();
  for (const [, value] of values) counts.set(key(value), (counts.get(key(value)) ?? 0) + 1);
  const commonest = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'null';
  const others = values.find(([, value]) => key(value) === commonest)?.[1] ?? null;
  const except = Object.fromEntries(values.filter(([, value]) => key(value) !== commonest));
  return Object.keys(except).length > 0 ? { others, except } : { others };
}
