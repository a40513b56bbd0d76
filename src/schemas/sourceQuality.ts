import { z } from 'astro/zod';
import { SOURCE_KINDS, SOURCE_KIND_TIER, type SOURCE_TIERS } from './regionVocabulary';

/**
 * What makes a source address acceptable, and what a source record must say about how it was read.
 * Build-time only (Zod). The rules, in the editors' words (CONTRIBUTING §5 "Sources you may cite"):
 * - an address is https:// and names a site, never a raw IP address;
 * - a `copy` names the original page (url) and the copy that was read (readAt), and the two differ.
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

export type SourceTier = keyof typeof SOURCE_TIERS;

/** A source's rank for readers: a page read in a copy ranks as a copy, whatever it is. */
export function sourceTier(source: { kind: keyof typeof SOURCE_KINDS; readAt?: string | undefined }): SourceTier {
  return source.readAt ? 'copy' : SOURCE_KIND_TIER[source.kind];
}

interface SourceRecord {
  kind: keyof typeof SOURCE_KINDS;
  url: string;
  readAt?: string | undefined;
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
  return problems;
}
