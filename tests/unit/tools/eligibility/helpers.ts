import { toCivilDate } from '../../../../src/time/civilDate';
import { compileEligibilityRegion, type EligibilityInput, type EligibilityRegion } from '../../../../src/tools/eligibility';
import type { RegionData } from '../../../../src/model/types';
import { regionData, regionFiles } from '../../regions/helpers';

/** Every region file as the full data the site validates, with its id. */
export const FULL_REGIONS: ReadonlyArray<RegionData & { id: string }> = regionFiles().map((file) => ({ id: file.id, ...regionData(file) }));

/** The same regions as the checker sees them (what /data/eligibility/<id>.json holds), through JSON as the page gets them. */
export const COMPACT_REGIONS: readonly EligibilityRegion[] = FULL_REGIONS.map((data) => JSON.parse(JSON.stringify(compileEligibilityRegion(data.id, data))) as EligibilityRegion);

export const REGION_LIST = FULL_REGIONS.map((data) => ({ id: data.id, name: data.name }));

export function full(id: string): RegionData & { id: string } {
  const found = FULL_REGIONS.find((data) => data.id === id);
  if (!found) throw new Error(`no region ${id}`);
  return found;
}

export function compact(id: string): EligibilityRegion {
  const found = COMPACT_REGIONS.find((data) => data.id === id);
  if (!found) throw new Error(`no region ${id}`);
  return found;
}

/** An input with sensible defaults: an unopened item sold by Amazon, delivered and checked on the given dates. */
export function input(fields: Partial<Omit<EligibilityInput, 'delivered' | 'ordered' | 'today'>> & { delivered: string; today: string; ordered?: string }): EligibilityInput {
  return {
    region: fields.region ?? 'us',
    category: fields.category ?? 'standard',
    seller: fields.seller ?? 'amazon',
    condition: fields.condition ?? 'unopened',
    delivered: toCivilDate(fields.delivered),
    ordered: fields.ordered === undefined ? undefined : toCivilDate(fields.ordered),
    today: toCivilDate(fields.today),
  };
}
