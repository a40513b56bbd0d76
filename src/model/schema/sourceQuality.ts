import { z } from 'astro/zod';
import { SOURCE_KINDS, SOURCE_KIND_TIER, type SOURCE_TIERS } from '../vocabulary/regionVocabulary';

/**
 * What makes a source address acceptable, and what a source record must say about how it was read.
 * Build-time only (Zod). The rules, in the editors' words (CONTRIBUTING §5 "Sources you may cite"):
 * - an address is https:// and names a site, never a raw IP address;
 * - a `copy` names the original page (url) and the copy that was read (readAt), and the two differ;
 * - the read record agrees with itself: `readFrom: copy` goes with `readAt`, a `linkOnly` page (not read) has no
 *   read record, and a page cannot be from a year after the day it was read.
 */

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Why `address` cannot be cited, or undefined when it can. */
export function addressProblem(address: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return `"${address}" is not a full web address: write it with https://`;
  }
  if (url.protocol === 'http:') return `"${address}" uses plain http://: use the page's https:// address, or drop the source`;
  if (url.protocol !== 'https:') return `"${address}" must be a https:// address`;
  const host = url.hostname;
  if (IPV4.test(host) || host.startsWith('[')) {
    return `"${address}" points at a raw IP address (${host}): cite the site by its name, or drop the source`;
  }
  if (!host.includes('.')) return `"${address}" has no proper site name`;
  return undefined;
}

/** A https:// address naming a site. `what` says what the address is, for the message when it is missing. */
export const webAddress = (what: string) =>
  z
    .string({ error: `needs ${what}: a full https:// address` })
    .trim()
    .superRefine((value, ctx) => {
      const problem = addressProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

/** The year a source was published, or last updated when that is all it shows. */
export const sourceYear = z
  .number({ error: 'must be the year the page was published or last updated, for example 2021' })
  .int('must be a year, for example 2021')
  .min(1990, 'must be a year from 1990 on')
  .max(2100, 'must be a year, for example 2021');

export type SourceTier = keyof typeof SOURCE_TIERS;

/** A source's rank for readers: a page read in a copy ranks as a copy, whatever it is. */
export function sourceTier(source: { kind: keyof typeof SOURCE_KINDS; readAt?: string | undefined }): SourceTier {
  return source.readAt ? 'copy' : SOURCE_KIND_TIER[source.kind];
}

interface SourceRecord {
  kind: keyof typeof SOURCE_KINDS;
  url: string;
  readAt?: string | undefined;
  readOn?: string | undefined;
  readFrom?: string | undefined;
  year?: number | undefined;
  linkOnly?: boolean | undefined;
}

export interface SourceProblem {
  field: string;
  message: string;
}

/** The rules that span a source's fields. Field names are relative to the source. */
export function sourceRecordProblems(source: SourceRecord): SourceProblem[] {
  const problems: SourceProblem[] = [];
  if (source.kind === 'copy' && !source.readAt) {
    problems.push({ field: 'readAt', message: 'is required for kind: copy: put the original page\'s address in url and the address of the copy you read in readAt' });
  }
  if (source.readAt && source.readAt === source.url) {
    problems.push({ field: 'readAt', message: 'is the same address as url: url is the original page, readAt the copy you read instead' });
  }
  if (source.readFrom === 'copy' && !source.readAt) {
    problems.push({ field: 'readFrom', message: 'is "copy" but readAt is missing: add the address of the copy you read' });
  }
  if (source.readAt && source.readFrom !== undefined && source.readFrom !== 'copy') {
    problems.push({ field: 'readFrom', message: `is "${source.readFrom}" but readAt says the page was read in a copy: use readFrom: copy` });
  }
  if (source.linkOnly && (source.readOn !== undefined || source.readFrom !== undefined)) {
    problems.push({ field: source.readOn !== undefined ? 'readOn' : 'readFrom', message: 'must be left out on a linkOnly source: linkOnly means the page was not read' });
  }
  if (source.year !== undefined && source.readOn !== undefined && source.year > Number(source.readOn.slice(0, 4))) {
    problems.push({ field: 'year', message: `(${source.year}) is after the day the page was read (readOn ${source.readOn})` });
  }
  return problems;
}
