import type { FetchOutcome, Hop } from './fetchPage';
import { canonicalAddress, type PageText } from './fingerprint';
import type { AcceptedState } from './lockFile';
import { textDiff } from './textDiff';

export const FINDINGS = ['unchanged', 'changed', 'moved', 'dead', 'unreachable'] as const;
export type Finding = (typeof FINDINGS)[number];

export interface Classification {
  finding: Finding;
  /** One line saying why, in an editor's words. */
  reason: string;
  /** For moved: the address to put in content/. */
  movedTo?: string | undefined;
  /** For changed: the lines that changed. */
  diff: string[];
}

const PERMANENT = new Set([301, 308]);

/** Where a chain with a permanent redirect ends, without tracking parameters: the address to cite instead. */
export function permanentTarget(redirects: Hop[], finalUrl: string): string | undefined {
  return redirects.some((hop) => PERMANENT.has(hop.status)) ? canonicalAddress(finalUrl) : undefined;
}

/**
 * What one page's fetch means, against its accepted state. `networkUp` is false when no page of the run got any
 * HTTP answer: then a name that does not resolve means "offline", not "dead".
 * - dead: 404 or 410, or (network up) the site's name does not resolve;
 * - unreachable: timeout, connection failure, too large, too many redirects, out of time, any other status;
 * - moved: a permanent redirect (301/308) to an address other than the accepted one; a 302/303/307 is recorded
 *   but is not a move;
 * - changed: the main text's fingerprint differs from the accepted one, or no state was accepted yet;
 * - unchanged: otherwise.
 */
export function classify(outcome: FetchOutcome, page: PageText | undefined, accepted: AcceptedState | undefined, networkUp: boolean): Classification {
  if (outcome.kind === 'failure') {
    if (outcome.reason === 'dns' && networkUp) return { finding: 'dead', reason: outcome.message, diff: [] };
    return { finding: 'unreachable', reason: outcome.message, diff: [] };
  }
  if (outcome.status === 404 || outcome.status === 410) return { finding: 'dead', reason: `HTTP ${outcome.status} (${outcome.status === 404 ? 'not found' : 'gone'})`, diff: [] };
  if (outcome.status < 200 || outcome.status >= 300 || !page) return { finding: 'unreachable', reason: `HTTP ${outcome.status}`, diff: [] };
  const target = permanentTarget(outcome.redirects, outcome.finalUrl);
  if (target && (!accepted || canonicalAddress(accepted.finalUrl) !== canonicalAddress(target))) {
    const hop = outcome.redirects.find((item) => PERMANENT.has(item.status));
    return { finding: 'moved', reason: `permanent redirect (${hop?.status ?? 301}) to ${target}`, movedTo: target, diff: [] };
  }
  const temporary = outcome.redirects.length > 0 ? `; redirected (${outcome.redirects.map((hop) => hop.status).join(', ')}) to ${outcome.finalUrl}` : '';
  if (!accepted) return { finding: 'changed', reason: `no reviewed state yet: check the facts below, then accept${temporary}`, diff: [] };
  if (accepted.fingerprint !== page.fingerprint) {
    const diff = textDiff(accepted.text, page.text);
    return { finding: 'changed', reason: `the main text changed since ${accepted.acceptedOn}${temporary}`, diff: diff.length > 0 ? diff : ['(the change is past the stored text, or in the PDF\'s bytes)'] };
  }
  return { finding: 'unchanged', reason: `same main text as accepted on ${accepted.acceptedOn}${temporary}`, diff: [] };
}
