import type { z } from 'astro/zod';
import type { regionShape } from './regionShape';
import type { regionSourceSchema } from './sources';
import { OFFICIAL_SOURCE_KINDS, SOURCE_KINDS } from '../vocabulary/regionVocabulary';
import { lowerFirst } from '../case';
import { walkFacts, type DataPath } from '../walkFacts';
import { sourceRecordProblems } from './sourceQuality';

type RegionSource = z.output<typeof regionSourceSchema>;

export interface RegionProblem {
  path: DataPath;
  message: string;
}

/** Every rule that spans fields: source references, dates in order, ranges in order, windows complete. */
export function regionProblems(region: z.output<typeof regionShape>): RegionProblem[] {
  const problems: RegionProblem[] = [];
  const add = (path: Array<string | number>, message: string) => problems.push({ path, message });
  const sources = new Map<string, RegionSource>();
  region.sources.forEach((source, index) => {
    if (sources.has(source.id)) add(['sources', index, 'id'], `"${source.id}" is used by two sources: ids must be unique`);
    sources.set(source.id, source);
    for (const problem of sourceRecordProblems(source)) add(['sources', index, problem.field], problem.message);
  });
  const known = [...sources.keys()].join(', ');
  const lookup = (path: Array<string | number>, id: unknown): RegionSource | undefined => {
    const source = typeof id === 'string' ? sources.get(id) : undefined;
    if (!source) add(path, `"${String(id)}" is not one of this region's sources: add it under sources (id, title, url, kind) or use one of: ${known}`);
    return source;
  };

  const helpPage = lookup(['returnsHelpPage'], region.returnsHelpPage);
  if (helpPage && !onDomain(helpPage.url, region.marketplace)) {
    add(['returnsHelpPage'], `"${helpPage.id}" must be a page on ${region.marketplace} (its url is ${helpPage.url})`);
  }

  walkFacts(region, (value, path) => {
    if ('source' in value) {
      const source = lookup([...path, 'source'], value.source);
      if (source?.linkOnly) add([...path, 'source'], `"${source.id}" is marked linkOnly (the research did not read it), so no fact can rest on it`);
      if (source && value.confidence === 'official' && (source.readAt || !OFFICIAL_SOURCE_KINDS.includes(source.kind))) {
        const why = source.readAt ? `was read in a copy (${source.readAt})` : `is of kind ${source.kind} (${lowerFirst(SOURCE_KINDS[source.kind])})`;
        add([...path, 'confidence'], `is "official" but its source "${source.id}" ${why}: use "reported"`);
      }
    }
    if ('checkAt' in value) lookup([...path, 'checkAt'], value.checkAt);
    if ('law' in value) lookup([...path, 'law'], value.law);
    if (typeof value.min === 'number' && typeof value.max === 'number' && value.min > value.max) {
      add([...path, 'max'], `(${value.max}) is smaller than min (${value.min})`);
    }
    if (typeof value.validFrom === 'string' && typeof value.validTo === 'string' && value.validTo < value.validFrom) {
      add([...path, 'validTo'], `ends (${value.validTo}) before it starts (validFrom ${value.validFrom})`);
    }
  });

  region.categoryRules.forEach((rule, index) => {
    if (rule.returnable && rule.days === undefined) add(['categoryRules', index, 'days'], 'needs the return window in days (or returnable: false)');
    if (!rule.returnable && rule.days !== undefined) add(['categoryRules', index, 'days'], 'must be left out when returnable is false');
  });

  region.consumerBodies?.forEach((body, index) => {
    const source = sources.get(body.source);
    if (source && source.kind !== 'government') {
      add(['consumerBodies', index, 'source'], `"${source.id}" has kind: ${source.kind}; a consumer body must cite an official page, of the body itself or of the government (a source with kind: government)`);
    }
  });

  region.holidayWindows.forEach((window, index) => {
    if (!('purchasedFrom' in window)) return;
    const at = (field: string | number, ...rest: Array<string | number>) => ['holidayWindows', index, field, ...rest];
    if (window.purchasedTo < window.purchasedFrom) add(at('purchasedTo'), `ends (${window.purchasedTo}) before it starts (purchasedFrom ${window.purchasedFrom})`);
    if (window.returnBy < window.purchasedTo) add(at('returnBy'), `(${window.returnBy}) is before the end of the purchase period (purchasedTo ${window.purchasedTo})`);
    if (window.orDaysAfterReceipt !== undefined && window.orDaysAfterPurchase !== undefined) add(at('orDaysAfterPurchase'), 'use orDaysAfterReceipt or orDaysAfterPurchase, not both');
    window.variants?.forEach((variant, v) => {
      if (variant.returnBy < window.purchasedTo) add(at('variants', v, 'returnBy'), `(${variant.returnBy}) is before the end of the purchase period (purchasedTo ${window.purchasedTo})`);
      if (variant.orDaysAfterReceipt !== undefined && variant.orDaysAfterPurchase !== undefined) add(at('variants', v, 'orDaysAfterPurchase'), 'use orDaysAfterReceipt or orDaysAfterPurchase, not both');
    });
  });

  return problems;
}

function onDomain(url: string, domain: string): boolean {
  try {
    const host = new URL(url).hostname;
    return host === domain || host.endsWith(`.${domain}`);
  } catch {
    return false;
  }
}
