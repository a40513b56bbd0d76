/**
 * One definition per interpretation rule (issue 12). Each rule that reads region data has one home in src/model/ or
 * src/time/; this test greps the code of src/ (comments left out) for the shapes its old copies had, and fails
 * naming the file, so a copy cannot come back unnoticed. Use the home instead (ARCHITECTURE.md lists them).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

interface Rule {
  rule: string;
  /** Where the rule lives; the patterns may match there. */
  home: readonly string[];
  /** Other files a pattern may match, each with why it is not a copy of the rule. */
  notCopies?: Readonly<Record<string, string>>;
  /**
   * Copies left in the tools' client scripts, which the widget kit (issue 12's second half) rewrites: each goes when
   * the kit lands, and its entry here with it. Only client scripts may be listed.
   */
  widgetKitPending?: Readonly<Record<string, string>>;
  /** Use this instead. */
  use: string;
  patterns: readonly RegExp[];
}

const RIGHT_KIND = String.raw`'(?:withdrawal|withdrawal-exception|withdrawal-button|return-deadline|refund-deadline|faulty-goods|legal-guarantee|statutory-return|no-cooling-off|disclosure|complaints|compensation|conditional-cancellation)'`;

const RULES: readonly Rule[] = [
  {
    rule: 'in force on a date (validFrom / validTo)',
    home: ['model/validity.ts'],
    notCopies: { 'model/schema/regionChecks.ts': 'checks that an editor wrote validTo on or after validFrom' },
    use: 'inForce / stillInForce from model/validity.ts',
    // A comparison of a date with validFrom or validTo (the arrow `=>` is not one).
    patterns: [/valid(?:From|To)\s*(?:<=?|>=?)/, /(?:<=?|(?<!=)>=?)\s*[\w.?]*valid(?:From|To)\b/],
  },
  {
    rule: 'marketplace vs Global Store',
    home: ['model/scope.ts'],
    use: 'scopeOf / inMarketplace / marketplaceFirst / scopeLabel from model/scope.ts',
    patterns: [/scope\s*\?\?/, /scope\s*[!=]==?\s*'/, /'(?:global-store|marketplace)'\s*[!=]==?\s*[\w.?]*scope\b/],
  },
  {
    rule: 'the English locale of a region',
    home: ['model/locale.ts'],
    use: 'englishLocale from model/locale.ts',
    patterns: [/startsWith\(\s*['"`]en\b/, /\/\^en\b/, /locale\s*===\s*['"`]en['"`]/],
  },
  {
    rule: 'first-letter case',
    home: ['model/case.ts'],
    use: 'lowerFirst / upperFirst from model/case.ts',
    patterns: [
      // The first letter converted and the rest of the text put back after it.
      /\.to(?:Upper|Lower)Case\(\)(?:\s*\?\?\s*'')?\s*(?:\+|\}\$\{)\s*[\w.?]+\.(?:slice|substring)\(1\)/,
      /function\s+(?:lowerFirst|upperFirst|lower|upper|capitalize|capitalise|asWord)\s*\(/,
    ],
  },
  {
    rule: 'which statutory-right kinds belong together',
    home: ['model/vocabulary/rightKinds.ts', 'model/schema/rights.ts'],
    use: 'RIGHT_GROUP / rightKindsIn / DEADLINE_RIGHT_KINDS / PERIOD_FROM_DELIVERY from model/vocabulary/rightKinds.ts',
    // A hand-written list of three or more kinds is a group the vocabulary should name.
    patterns: [new RegExp(String.raw`\[\s*${RIGHT_KIND}\s*,\s*${RIGHT_KIND}\s*,\s*${RIGHT_KIND}`)],
  },
  {
    rule: 'the holiday-season year',
    home: ['model/holidaySeason.ts'],
    use: 'seasonYearAt / seasonOrderPeriod from model/holidaySeason.ts',
    patterns: [/['"`-]10-01['"`]/, /month\s*>=\s*10\b/, /function\s+(?:holidaySeasonFor|seasonYearAt|seasonOf)\s*\(/],
  },
  {
    rule: 'the "not published" / "not in our sources" wording',
    home: ['model/missing.ts'],
    use: 'NOT_IN_OUR_SOURCES / NOT_IN_OUR_SOURCES_CHECK / NONE_IN_OUR_SOURCES / missingSentence / notInOurSources from model/missing.ts',
    patterns: [/['"`]not published['"`]/i, /not published; check the official page/i, /(?:not|none) in our sources/i],
  },
  {
    rule: 'the end of a period of days, business days or months',
    home: ['time/period.ts'],
    use: 'periodEnd / withinPeriod / addUnits from time/period.ts',
    // Also the "min–max days after" helpers that once counted days and business days a second time (dateRange.ts).
    patterns: [/function\s+(?:periodEnd|withinPeriod|addPeriod|addUnits|add\w*Days?Range|addDurationRange)\s*\(/],
  },
  {
    rule: 'the holiday data the browser reads',
    home: ['time/holidays.ts'],
    use: 'HolidayData / readHolidayData / holidayCalendarFromJson from time/holidays.ts',
    patterns: [/(?:interface|type)\s+Holiday(?:Data|List)\s*(?:=|\{|<)/],
  },
  {
    rule: 'a region as the holiday generator needs it',
    home: ['site/generateHolidays.ts'],
    use: 'holidayRegionOf from site/generateHolidays.ts',
    patterns: [/holidayCountry:\s*[\w.]+\.holidayCountry/],
  },
  {
    rule: "the refund estimator's date window (12 months either side of today)",
    home: ['tools/refund/rules/validateRefundInput.ts'],
    use: 'DATE_WINDOW_MONTHS (or the validation itself) from tools/refund/rules/validateRefundInput.ts',
    patterns: [/addMonths\([^,()]+,\s*-?\d+\s*\)/],
  },
  {
    rule: "a region's page address",
    home: ['model/urls.ts'],
    use: 'regionUrl / guideUrl / sitePath from model/urls.ts',
    patterns: [/['"`]\/regions\/\$\{/, /['"`]\/guides\/\$\{/, /function\s+regionPath\s*\(/],
  },
];

/** The code of a file without its comments (block, line and HTML), so a comment may name what it replaces. */
function codeOf(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/<!--[\s\S]*?-->/g, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:\\'"`])\/\/.*$/gm, '$1');
}

const files = (readdirSync(SRC, { recursive: true }) as string[])
  .map((path) => path.split('\\').join('/'))
  .filter((path) => /\.(ts|astro|mjs)$/.test(path))
  .sort()
  .map((path) => ({ path, lines: codeOf(readFileSync(join(SRC, path), 'utf8')).split('\n') }));

function copiesOf(rule: Rule): string[] {
  return files.flatMap(({ path, lines }) => {
    if (rule.home.includes(path) || rule.notCopies?.[path] !== undefined || rule.widgetKitPending?.[path] !== undefined) return [];
    return lines.flatMap((line, index) => (rule.patterns.some((pattern) => pattern.test(line)) ? [`src/${path}:${index + 1}: ${line.trim()}`] : []));
  });
}

describe('each interpretation rule has one home', () => {
  for (const rule of RULES) {
    it(`${rule.rule}: only in ${rule.home.join(', ')}`, () => {
      const copies = copiesOf(rule);
      expect(copies, `copies of "${rule.rule}": use ${rule.use}`).toEqual([]);
    });
  }

  it('finds its homes, and each pattern finds the copy it is written for', () => {
    for (const rule of RULES) for (const home of rule.home) expect(files.some((file) => file.path === home), home).toBe(true);
    const samples: Record<string, string> = {
      'in force on a date (validFrom / validTo)': "rules.filter((rule) => rule.validFrom <= date && (!rule.validTo || date <= rule.validTo))",
      'marketplace vs Global Store': "const scope = entry.scope ?? 'marketplace';",
      'the English locale of a region': "const locale = region.locale.startsWith('en') ? region.locale : 'en-GB';",
      'first-letter case': 'const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);',
      'which statutory-right kinds belong together': "const DEADLINE_KINDS = new Set(['withdrawal', 'return-deadline', 'faulty-goods']);",
      'the holiday-season year': "const from = `${season}-10-01`;",
      'the "not published" / "not in our sources" wording': "return 'not published; check the official page';",
      'the end of a period of days, business days or months': 'export function periodEnd(start, period) {',
      'the holiday data the browser reads': 'export interface HolidayData { days: Record<string, string> }',
      'a region as the holiday generator needs it': '{ id: entry.id, holidayCountry: entry.data.holidayCountry }',
      "the refund estimator's date window (12 months either side of today)": 'input.min = addMonths(today, -12);',
      "a region's page address": 'const href = `/regions/${region.id}/`;',
    };
    for (const rule of RULES) {
      const sample = samples[rule.rule];
      expect(sample, rule.rule).toBeDefined();
      expect(rule.patterns.some((pattern) => pattern.test(codeOf(sample ?? ''))), rule.rule).toBe(true);
    }
  });

  it('lets only client scripts wait for the widget kit', () => {
    const pending = RULES.flatMap((rule) => Object.keys(rule.widgetKitPending ?? {}));
    expect(pending.filter((path) => !/^tools\/[^/]+\/client[^/]*\.ts$/.test(path))).toEqual([]);
  });

  it('leaves comments alone, so a comment may say what a rule replaced', () => {
    expect(codeOf("/* scope ?? 'marketplace' */ const a = 1; // startsWith('en')\n<!-- 'not published' -->")).not.toMatch(/scope|startsWith|published/);
    expect(codeOf("const url = 'https://example.com/'; const b = 2;")).toContain('https://example.com/');
  });
});
