/**
 * The guide ids an editor lists in `<Related ids=… />`, checked against the guides that exist.
 * Accepts a list or one comma-separated string. Returns the ids in order, or what is wrong in the editor's words.
 */
export function resolveGuideIds(ids: unknown, known: readonly string[]): string[] | string {
  const list = typeof ids === 'string' ? ids.split(',') : Array.isArray(ids) ? ids : undefined;
  if (!list) return 'needs ids: the guides to link, for example ids={["pack-the-item", "drop-off-or-pickup"]}';
  const wanted = list.map((id) => String(id).trim()).filter(Boolean);
  if (wanted.length === 0) return 'needs at least one guide id in ids';
  const unknown = wanted.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    return `no guide is called ${unknown.map((id) => `"${id}"`).join(', ')}: use the name of a file in content/guides/ without .mdx (${[...known].sort().join(', ')})`;
  }
  return [...new Set(wanted)];
}
