import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { syncContent } from './helpers/syncContent';

const fixture = (path: string) => readFile(fileURLToPath(new URL(`../fixtures/content/${path}`, import.meta.url)), 'utf8');

describe('content schemas', () => {
  it('accepts the valid fixtures', async () => {
    const result = await syncContent({});
    expect(result.output).not.toMatch(/does not match collection schema/);
    expect(result.ok).toBe(true);
  });

  const guide = 'guides/check-eligibility.mdx';
  const change = 'changes/2025-11-01-us-holiday.md';
  const cases: Array<{ rule: string; file: string; edit: (text: string) => string; field: string; message: RegExp }> = [
    { rule: 'a missing title', file: guide, edit: (t) => t.replace(/^title:.*\n/m, ''), field: 'title', message: /is required/ },
    { rule: 'a missing description', file: guide, edit: (t) => t.replace(/^description:.*\n/m, ''), field: 'description', message: /is required/ },
    { rule: 'a malformed lastReviewed date', file: guide, edit: (t) => t.replace(/^lastReviewed:.*$/m, 'lastReviewed: 2026-02-30'), field: 'lastReviewed', message: /not a real date/ },
    { rule: 'no sources', file: guide, edit: (t) => t.replace(/^sources:[\s\S]*?(?=^---)/m, 'sources: []\n'), field: 'sources', message: /at least one source/ },
    { rule: 'a source without an address', file: guide, edit: (t) => t.replace(/^\s+url:.*\n/m, ''), field: 'sources.0.url', message: /https:\/\// },
    { rule: 'an unknown topic', file: guide, edit: (t) => t.replace(/^topic:.*$/m, 'topic: shipping'), field: 'topic', message: /must be one of/ },
    { rule: 'a step outside the journey', file: guide, edit: (t) => t.replace(/^step:.*$/m, 'step: 9'), field: 'step', message: /1 to 8/ },
    { rule: 'a FAQ entry without a full-answer link', file: 'faq/original-box.md', edit: (t) => t.replace(/^fullAnswer:.*\n/m, ''), field: 'fullAnswer', message: /site path/ },
    { rule: 'a policy change without a source', file: change, edit: (t) => t.replace(/^sources:[\s\S]*?(?=^---)/m, ''), field: 'sources', message: /source/ },
    { rule: 'a policy change naming no region', file: change, edit: (t) => t.replace(/^regions:.*$/m, 'regions: []'), field: 'regions', message: /at least one region/ },
    { rule: 'a policy change with an impossible date', file: change, edit: (t) => t.replace(/^date:.*$/m, 'date: 2025-13-01'), field: 'date', message: /not a real date/ },
  ];

  for (const { rule, file, edit, field, message } of cases) {
    it(`rejects ${rule}, naming the file and the field`, async () => {
      const result = await syncContent({ [file]: edit(await fixture(file)) });
      expect(result.ok).toBe(false);
      expect(result.output).toContain(`${result.contentDir}/${file}`);
      expect(result.output).toMatch(new RegExp(`^\\s*${field.replace(/\./g, '\\.')}: `, 'm'));
      expect(result.output).toMatch(message);
    });
  }
});
