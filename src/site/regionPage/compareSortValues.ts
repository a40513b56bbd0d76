/**
 * Orders two table cells by their `data-sort` values. Browser-safe (no imports): the comparison table's sorter uses it.
 * An empty value means "not published" and always sorts last, whichever the direction.
 */
export function compareSortValues(a: string, b: string, numeric: boolean, descending: boolean): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  const order = numeric ? Number(a) - Number(b) : a.localeCompare(b, 'en');
  return descending ? -order : order;
}
