import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expectAccepted, expectRejected, syncContent } from '../helpers/syncContent';
import { RIGHT_KINDS } from '../../../src/model/vocabulary/rightKinds';

// A right that exists only in particular cases (Québec's oral distance contracts, Ontario's missing disclosures)
// has its own kind, so no page can present it as a general right to change your mind.

const file = 'regions/us.mdx';
const fixture = () => readFile(fileURLToPath(new URL(`../../fixtures/content/${file}`, import.meta.url)), 'utf8');

const withRight = (text: string, kind: string) => {
  const right = [
    'statutoryRights:',
    `  - kind: ${kind}`,
    '    title: Cancelling a contract made by phone (Example State)',
    '    lawName: Example Consumer Act, s. 6',
    '    jurisdiction: Example State',
    '    period: { value: 7, unit: calendar-days }',
    '    summary: Only for contracts made by phone whose merchant left out the required information; not a general cooling-off.',
    '    source: amazon-us-returns',
    '    confidence: reported',
    '',
  ].join('\n');
  const next = text.replace(/^statutoryRights:\n(?: {2}.*\n)+/m, right);
  if (next === text) throw new Error('fixture no longer has a statutoryRights block');
  return next;
};

describe('kinds of statutory right', () => {
  it('has a kind for a right to cancel in particular cases only, worded so it never reads as a general right', () => {
    expect(RIGHT_KINDS['conditional-cancellation']).toMatch(/particular cases only/);
  });

  it('accepts a conditional cancellation right', async () => {
    expectAccepted(await syncContent({ [file]: withRight(await fixture(), 'conditional-cancellation') }));
  });

  it('rejects an unknown kind, naming the file and the field and listing the new kind', async () => {
    const result = await syncContent({ [file]: withRight(await fixture(), 'cooling-off-sometimes') });
    expectRejected(result, file, 'statutoryRights.0.kind', /"cooling-off-sometimes" is not a kind of right: use one of .*conditional-cancellation/);
  });
});
