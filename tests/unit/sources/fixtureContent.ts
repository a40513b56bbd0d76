import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SITE } from './fixtureServer';

/** Every case the fixture server serves, as a region source id and its path. */
export const CASES = {
  'help-unchanged': '/unchanged',
  'help-changed': '/changed',
  'help-footer-date': '/footer-date',
  'help-old-address': '/old-address',
  'help-temporary': '/temporary',
  'help-missing': '/missing',
  'help-gone': '/gone',
  'help-slow': '/slow',
  'help-huge': '/huge',
  'law-pdf': '/law.pdf',
  'help-shift-jis': '/shift-jis',
  'gov-latin1': '/latin1',
} as const;

const KIND: Record<string, string> = { 'law-pdf': 'law', 'gov-latin1': 'government' };

/** A content folder with one region citing every case, a guide citing one of them, and an empty lock file. */
export function writeFixtureContent(cases: ReadonlyArray<keyof typeof CASES> = Object.keys(CASES) as Array<keyof typeof CASES>, readOn = '2026-11-26'): { contentDir: string; lockPath: string } {
  const contentDir = mkdtempSync(join(tmpdir(), 'refund-atlas-sources-'));
  mkdirSync(join(contentDir, 'regions'));
  mkdirSync(join(contentDir, 'guides'));
  const sources = Object.entries(CASES)
    .filter(([id]) => (cases as readonly string[]).includes(id))
    .map(([id, path]) => `  - id: ${id}\n    title: ${id} (Example help)\n    url: ${SITE}${path}\n    kind: ${KIND[id] ?? 'amazon-help'}\n    readOn: ${readOn}\n    readFrom: live-page`)
    .join('\n');
  writeFileSync(
    join(contentDir, 'regions', 'xx.mdx'),
    `---
title: Returns on Example (Testland)
locale: en-GB
lastReviewed: 2026-11-26
returnsHelpPage: ${cases[0]}
sources:
${sources}
${facts(cases)}---

Region text.
`,
  );
  const guideSources = [
    ['help-changed', `  - title: Returns (Example help)\n    url: ${SITE}/changed`],
    ['help-unchanged', `  - title: Returns Centre (Example)\n    url: ${SITE}/unchanged`],
  ].filter(([id]) => (cases as readonly string[]).includes(id ?? ''));
  if (guideSources.length > 0) {
    writeFileSync(
      join(contentDir, 'guides', 'start-a-return.mdx'),
      `---\ntitle: Start a return\nlastReviewed: 2026-11-26\nsources:\n${guideSources.map(([, text]) => text).join('\n')}\n---\n\nText.\n`,
    );
  }
  const lockPath = join(contentDir, 'sources.lock.json');
  writeFileSync(lockPath, '{ "sources": {} }\n');
  return { contentDir, lockPath };
}

/** The region's facts, each only when the source it rests on is in the content. */
function facts(cases: readonly string[]): string {
  const blocks: string[] = [];
  if (cases.includes('help-changed')) {
    blocks.push(`returnWindow:
  days: 30
  counts: delivery
  source: help-changed
  confidence: official
refund:
  paymentTimes:
    - min: 3
      max: 5
      unit: business-days
      source: help-changed
      confidence: official`);
  }
  if (cases.includes('help-footer-date')) {
    blocks.push(`holidayWindows:
  - season: 2025
    purchasedFrom: 2025-11-01
    purchasedTo: 2025-12-31
    returnBy: 2026-01-31
    source: help-footer-date
    confidence: official`);
  }
  if (cases.includes('law-pdf')) {
    blocks.push(`statutoryRights:
  - kind: withdrawal
    period: { value: 14, unit: calendar-days }
    law: law-pdf
    source: law-pdf
    confidence: official`);
  }
  if (cases.includes('help-missing')) {
    blocks.push(`renewedGuarantee:
  published: false
  checkAt: help-missing
  note: Not in our sources.`);
  }
  return blocks.length > 0 ? `${blocks.join('\n')}\n` : '';
}
