import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { regionSchema } from '../../../src/model/schema/region';
import type { RegionData } from '../../../src/model/types';

const fixture = fileURLToPath(new URL('../../fixtures/content/regions/us.mdx', import.meta.url));

/** The valid fixture region, with some top-level fields replaced, validated by the real schema. */
export function fixtureRegion(overrides: Record<string, unknown> = {}): RegionData {
  const text = readFileSync(fixture, 'utf8');
  const raw = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;
  return regionSchema.parse({ ...raw, ...overrides });
}

/** Two statutory rights of the same kind, to test filters that must pick exactly one entry. */
export const TWO_PROVINCES = [
  { kind: 'disclosure', title: 'Information (Ontario)', lawName: 'Consumer Protection Act', jurisdiction: 'Ontario', period: { value: 7, unit: 'calendar-days' }, summary: 'You can cancel when information is missing.', source: 'amazon-us-returns', confidence: 'reported' },
  { kind: 'disclosure', title: 'Your copy (Québec)', lawName: 'Consumer Protection Act', jurisdiction: 'Québec', period: { value: 15, unit: 'calendar-days' }, summary: 'The merchant sends a copy of the contract.', source: 'amazon-us-returns', confidence: 'reported' },
];
