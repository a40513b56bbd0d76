import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { syncContent } from '../helpers/syncContent';

// Each case breaks one rule in the valid region fixture and runs `astro sync` (what `astro build` runs first):
// the build must fail, naming the file and the field path, with a message an editor can act on.

const file = 'regions/us.mdx';
const fixture = () => readFile(fileURLToPath(new URL(`../../fixtures/content/${file}`, import.meta.url)), 'utf8');

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(text)) throw new Error(`fixture no longer contains ${pattern}`);
  return text.replace(pattern, replacement);
}

/** Adds a consumer body after the contact block, citing `source`; `url` null leaves the address out. */
function withConsumerBody(text: string, source: string, url: string | null = 'https://www.example.gov/consumers/'): string {
  const body = [
    'consumerBodies:',
    '  - name: Example Consumer Office',
    ...(url === null ? [] : [`    url: ${url}`]),
    '    summary: Takes complaints once you have written to the business.',
    `    source: ${source}`,
    '    confidence: reported',
    '',
  ].join('\n');
  return replaceOnce(text, /^(contact:\n(?: {2}.*\n)+)/m, `$1${body}`);
}

const governmentSource = (t: string) =>
  replaceOnce(t, /^(sources:\n)/m, '$1  - id: consumer-office\n    title: Example Consumer Office\n    url: https://www.example.gov/consumers/\n    kind: government\n');

const cases: Array<{ rule: string; edit: (text: string) => string; field: string; message: RegExp }> = [
  {
    rule: 'a fact without a source',
    edit: (t) => replaceOnce(t, /^ {2}source: amazon-us-returns\n/m, ''),
    field: 'returnWindow.source',
    message: /needs a source/,
  },
  {
    rule: 'a source id that is not in the sources list',
    edit: (t) => replaceOnce(t, /^ {2}source: amazon-us-returns$/m, '  source: amazon-us-retruns'),
    field: 'returnWindow.source',
    message: /"amazon-us-retruns" is not one of this region's sources/,
  },
  {
    rule: 'a not-published marker pointing at an unknown page',
    edit: (t) => replaceOnce(t, /(timeline:\n {4}published: false\n {4}checkAt:) amazon-us-returns/, '$1 nowhere'),
    field: 'refund.timeline.checkAt',
    message: /"nowhere" is not one of this region's sources/,
  },
  {
    rule: 'a not-published marker without the page to check',
    edit: (t) => replaceOnce(t, /(timeline:\n {4}published: false\n) {4}checkAt: amazon-us-returns\n/, '$1'),
    field: 'refund.timeline.checkAt',
    message: /official page to check/,
  },
  {
    rule: 'an unknown category',
    edit: (t) => replaceOnce(t, /category: renewed-premium$/m, 'category: refurbished-premium'),
    field: 'categoryRules.0.category',
    message: /"refurbished-premium" is not a known category/,
  },
  {
    rule: 'an unknown category in a holiday variant',
    edit: (t) => replaceOnce(t, /categories: \[apple\]/, 'categories: [apple-products]'),
    field: 'holidayWindows.0.variants.0.categories.0',
    message: /not a known category/,
  },
  {
    rule: 'an unknown payment method',
    edit: (t) => replaceOnce(t, /method: credit-card$/m, 'method: cheque'),
    field: 'refund.paymentTimes.0.method',
    message: /"cheque" is not a known payment method/,
  },
  {
    rule: 'a holiday purchase period that ends before it starts',
    edit: (t) => replaceOnce(t, /purchasedTo: 2025-12-31$/m, 'purchasedTo: 2025-10-31'),
    field: 'holidayWindows.0.purchasedTo',
    message: /ends \(2025-10-31\) before it starts/,
  },
  {
    rule: 'a holiday return-by date before the purchase period ends',
    edit: (t) => replaceOnce(t, /returnBy: 2026-01-31$/m, 'returnBy: 2025-12-01'),
    field: 'holidayWindows.0.returnBy',
    message: /before the end of the purchase period/,
  },
  {
    rule: 'a category rule that ends before it starts',
    edit: (t) => replaceOnce(t, /validTo: 2030-12-31$/m, 'validTo: 2023-01-01'),
    field: 'categoryRules.2.validTo',
    message: /ends \(2023-01-01\) before it starts/,
  },
  {
    rule: 'a time range whose minimum is above its maximum',
    edit: (t) => replaceOnce(t, /min: 3\n(\s+)max: 5/, 'min: 8\n$1max: 5'),
    field: 'refund.paymentTimes.0.max',
    message: /smaller than min/,
  },
  {
    rule: 'a returnable category without a window',
    edit: (t) => replaceOnce(t, /(category: renewed-premium\n) {4}days: 365\n/, '$1'),
    field: 'categoryRules.0.days',
    message: /needs the return window in days/,
  },
  {
    rule: 'a malformed date',
    edit: (t) => replaceOnce(t, /returnBy: 2026-01-15$/m, 'returnBy: 15/01/2026'),
    field: 'holidayWindows.0.variants.0.returnBy',
    message: /not a real date written as YYYY-MM-DD/,
  },
  {
    rule: 'a date that does not exist',
    edit: (t) => replaceOnce(t, /returnBy: 2026-01-31$/m, 'returnBy: 2026-02-30'),
    field: 'holidayWindows.0.returnBy',
    message: /not a real date/,
  },
  {
    rule: 'a missing required field',
    edit: (t) => replaceOnce(t, /^currency: USD\n/m, ''),
    field: 'currency',
    message: /ISO 4217/,
  },
  {
    rule: 'a missing section',
    edit: (t) => replaceOnce(t, /^returnOptions:\n(?: {2}.*\n)+/m, ''),
    field: 'returnOptions',
    message: /published: false with checkAt/,
  },
  {
    rule: '"official" confidence on a fact read in a copy',
    edit: (t) => replaceOnce(t, /(category: grocery-perishables\n {4}returnable: false\n {4}source: policy-table-copy\n {4}confidence:) reported/, '$1 official'),
    field: 'categoryRules.1.confidence',
    message: /use "reported"/,
  },
  {
    rule: 'a returns help page that is not on the marketplace',
    edit: (t) => replaceOnce(t, /^returnsHelpPage: amazon-us-returns$/m, 'returnsHelpPage: amazon-holiday-2025'),
    field: 'returnsHelpPage',
    message: /must be a page on amazon\.com/,
  },
  {
    rule: 'a fact resting on a page the research did not read',
    edit: (t) => replaceOnce(t, /(kind: copy\n {4}readAt: https:\/\/help\.fullshine\.net\/\?p=157\n)/, '$1    linkOnly: true\n'),
    field: 'categoryRules.0.source',
    message: /linkOnly/,
  },
  {
    rule: 'a consumer body resting on a page that is not an official one',
    edit: (t) => withConsumerBody(t, 'policy-table-copy'),
    field: 'consumerBodies.0.source',
    message: /has kind: copy; a consumer body must cite an official page/,
  },
  {
    rule: 'a consumer body without its address',
    edit: (t) => withConsumerBody(governmentSource(t), 'consumer-office', null),
    field: 'consumerBodies.0.url',
    message: /full https:\/\/ address of the body's page/,
  },
  {
    rule: 'a consumer body linked over plain http',
    edit: (t) => withConsumerBody(governmentSource(t), 'consumer-office', 'http://www.example.gov/consumers/'),
    field: 'consumerBodies.0.url',
    message: /full https:\/\/ address of the body's page/,
  },
  {
    rule: 'a misspelt field',
    edit: (t) => replaceOnce(t, /^ {2}counts: delivery$/m, '  count: delivery'),
    field: 'returnWindow',
    message: /Unrecognized key: "count"/,
  },
];

describe('region schema', () => {
  it('accepts the valid region fixture', async () => {
    const result = await syncContent({});
    expect(result.output).not.toMatch(/does not match collection schema/);
    expect(result.ok).toBe(true);
  });

  it('accepts a consumer body citing a government page', async () => {
    const result = await syncContent({ [file]: withConsumerBody(governmentSource(await fixture()), 'consumer-office') });
    expect(result.output).not.toMatch(/does not match collection schema/);
    expect(result.ok).toBe(true);
  });

  for (const { rule, edit, field, message } of cases) {
    it(`rejects ${rule}, naming the file and the field`, async () => {
      const result = await syncContent({ [file]: edit(await fixture()) });
      expect(result.ok).toBe(false);
      expect(result.output).toContain(`${result.contentDir}/${file}`);
      expect(result.output).toMatch(new RegExp(`^\\s*${field.replace(/\./g, '\\.')}: `, 'm'));
      expect(result.output).toMatch(message);
    });
  }
});
