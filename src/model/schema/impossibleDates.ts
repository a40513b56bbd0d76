const DATE_LIKE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface ImpossibleDate {
  /** Dotted path of the field, for example `holidayWindows.0.returnBy`. */
  field: string;
  value: string;
}

/** Finds every string shaped like YYYY-MM-DD that names no real calendar day, anywhere in a parsed document. */
export function impossibleDates(value: unknown, path: string[] = []): ImpossibleDate[] {
  if (typeof value === 'string') {
    const match = DATE_LIKE.exec(value);
    if (!match) return [];
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    return real ? [] : [{ field: path.join('.'), value }];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => impossibleDates(item, [...path, String(index)]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => impossibleDates(item, [...path, key]));
  }
  return [];
}
