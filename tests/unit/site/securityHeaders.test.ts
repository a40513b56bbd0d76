import { describe, expect, it } from 'vitest';
import { mergePolicies, metaPolicy } from '../../../src/site/integrations/securityHeaders';

describe('mergePolicies', () => {
  it.each([
    [["script-src 'self' 'sha256-a'"], "script-src 'self' 'sha256-a'"],
    [["script-src 'self' 'sha256-a'", "script-src 'self' 'sha256-b'"], "script-src 'self' 'sha256-a' 'sha256-b'"],
    [["default-src 'self'; style-src 'self' 'sha256-x'", "default-src 'self'; style-src 'self'"], "default-src 'self'; style-src 'self' 'sha256-x'"],
    [["default-src 'self';img-src 'self' data:;", "img-src 'self'"], "default-src 'self'; img-src 'self' data:"],
    [[], ''],
  ])('merges %j into %s', (policies, expected) => {
    expect(mergePolicies(policies)).toBe(expected);
  });
});

describe('metaPolicy', () => {
  it('reads the policy from the page meta element', () => {
    expect(metaPolicy('<head><meta http-equiv="content-security-policy" content="default-src \'self\'"></head>')).toBe("default-src 'self'");
  });
  it('returns undefined for a page without one', () => {
    expect(metaPolicy('<head></head>')).toBeUndefined();
  });
});
