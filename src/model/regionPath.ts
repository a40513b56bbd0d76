import type { FactFields, NotPublished, RegionData } from './types';
import { isFact, isNotPublished } from './regionFacts';

/**
 * Finding one value in a region's data by the path an editor writes in MDX, for example
 * `returnWindow.days`, `aToZ.claimWindow`, `refund.paymentTimes.1` or, by a field instead of a position,
 * `refund.paymentTimes[method=credit-card]` and `statutoryRights[kind=withdrawal].period`.
 * Pure: pages, components and tests share it, so a path means the same everywhere.
 */

export type PathLookup =
  /** The value, the key it sits under, the object holding it and the nearest fact above it (for its source). */
  | { kind: 'value'; value: unknown; key: string; parent: unknown; fact: FactFields | undefined }
  /** The data says `published: false` somewhere along the path. */
  | { kind: 'not-published'; missing: NotPublished }
  /** The field is simply not there in this region (an optional field left out). */
  | { kind: 'absent'; problem: string }
  /** The path itself is wrong: bad syntax, a selector on something that is not a list, several matches. */
  | { kind: 'invalid'; problem: string };

interface Step {
  /** A field name, or a position in a list. */
  key?: string;
  selectors: Array<{ field: string; value: string }>;
}

const SEGMENT = /^([A-Za-z][A-Za-z0-9]*|\d+)?((?:\[[A-Za-z][A-Za-z0-9]*=[^\]=]+\])*)$/;

/** The path as steps, or a message saying what is wrong with how it is written. */
export function parseRegionPath(path: string): Step[] | string {
  const trimmed = path.trim();
  if (!trimmed) return 'is empty: write a field name such as returnWindow.days';
  const steps: Step[] = [];
  for (const segment of splitSegments(trimmed)) {
    const match = SEGMENT.exec(segment);
    if (!match || (!match[1] && !match[2])) {
      return `"${segment}" is not a field name, a position (0, 1, …) or a [field=value] filter`;
    }
    const selectors = [...(match[2] ?? '').matchAll(/\[([^=\]]+)=([^\]]+)\]/g)].map(([, field = '', value = '']) => ({ field, value: value.trim() }));
    steps.push({ key: match[1], selectors });
  }
  return steps;
}

/** Splits on dots outside [brackets], so a filter value may contain a dot. */
function splitSegments(path: string): string[] {
  const segments: string[] = [];
  let current = '';
  let depth = 0;
  for (const char of path) {
    if (char === '[') depth += 1;
    if (char === ']') depth -= 1;
    if (char === '.' && depth === 0) {
      segments.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  segments.push(current);
  return segments;
}

const describeKeys = (value: object) => Object.keys(value).join(', ');

/** Follows `path` through one region's data. */
export function lookupRegionPath(region: RegionData, path: string): PathLookup {
  const steps = parseRegionPath(path);
  if (typeof steps === 'string') return { kind: 'invalid', problem: steps };
  let current: unknown = region;
  let parent: unknown;
  let key = '';
  let fact: FactFields | undefined;
  const walked: string[] = [];
  for (const step of steps) {
    if (step.key !== undefined) {
      const here = walked.join('.') || 'the region';
      if (Array.isArray(current)) {
        if (!/^\d+$/.test(step.key)) return { kind: 'invalid', problem: `${here} is a list: use a position (0 for the first) or a [field=value] filter, not "${step.key}"` };
        const index = Number(step.key);
        if (index >= current.length) return { kind: 'absent', problem: `${here} has ${current.length} entries (positions 0 to ${current.length - 1}), so there is no position ${index}` };
        parent = current;
        current = current[index];
      } else if (current !== null && typeof current === 'object') {
        if (!Object.hasOwn(current, step.key)) return { kind: 'absent', problem: `${here} has no field "${step.key}" (it has: ${describeKeys(current)})` };
        parent = current;
        current = (current as Record<string, unknown>)[step.key];
      } else {
        return { kind: 'invalid', problem: `${here} is a single value, so it has no "${step.key}"` };
      }
      key = step.key;
      walked.push(step.key);
    }
    if (isNotPublished(current)) return { kind: 'not-published', missing: current };
    if (step.selectors.length > 0) {
      const here = walked.join('.') || 'the region';
      const filter = step.selectors.map((selector) => `[${selector.field}=${selector.value}]`).join('');
      if (!Array.isArray(current)) return { kind: 'invalid', problem: `${here} is not a list, so ${filter} cannot pick an entry from it` };
      const list: unknown[] = current;
      const matches = list
        .map((item: unknown, index) => ({ item, index }))
        .filter(({ item }) => step.selectors.every(({ field, value }) => item !== null && typeof item === 'object' && String((item as Record<string, unknown>)[field]) === value));
      if (matches.length === 0) {
        const seen = step.selectors.map(({ field }) => {
          const values = [...new Set(list.map((item) => (item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[field] : undefined)).filter((value) => value !== undefined).map(String))];
          return values.length > 0 ? `${field}: ${values.join(', ')}` : `no "${field}" field`;
        });
        return { kind: 'absent', problem: `no entry of ${here} has ${filter} (the entries have ${seen.join('; ')})` };
      }
      if (matches.length > 1) {
        const positions = matches.map(({ index }) => `${walked.join('.')}.${index}`).join(', ');
        return { kind: 'invalid', problem: `${here}${filter} matches ${matches.length} entries (${positions}): add another [field=value] filter or use one of those positions` };
      }
      const [only] = matches;
      parent = current;
      current = only?.item;
      key = String(only?.index);
      walked[walked.length - 1] = `${walked[walked.length - 1] ?? ''}${filter}`;
      if (isNotPublished(current)) return { kind: 'not-published', missing: current };
    }
    if (isFact(current)) fact = current;
  }
  return { kind: 'value', value: current, key, parent, fact };
}
