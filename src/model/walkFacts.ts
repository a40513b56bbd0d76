/** A place in region data: field names and list positions, `['refund', 'paymentTimes', 1]`. */
export type DataPath = Array<string | number>;

/**
 * Visits every object in a region's data except its `sources` list, parents before children, with its path. The one
 * walk over a region's facts: the schema's cross-field checks and the region page's list of cited sources both use it.
 */
export function walkFacts(region: object, visit: (node: Record<string, unknown>, path: DataPath) => void): void {
  const walk = (value: unknown, path: DataPath): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...path, index]));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const node = value as Record<string, unknown>;
    visit(node, path);
    for (const [key, item] of Object.entries(node)) walk(item, [...path, key]);
  };
  for (const [key, value] of Object.entries(region)) {
    if (key !== 'sources') walk(value, [key]);
  }
}
