/**
 * Finds the figures a text types: "14 days", "3–5 business days", "fourteen days", "48 hours", "20%", "£3.99".
 * The content tests compare them with the region data, so a number lives in content/regions/ and nowhere else.
 */

export type FigureUnit = 'days' | 'business-days' | 'hours' | 'weeks' | 'months' | 'years' | 'percent' | 'money';

export interface Figure {
  /** The words as typed. */
  text: string;
  unit: FigureUnit;
  /** Set for a range such as "3–5 business days". */
  min?: number;
  max: number;
  /** For money: the currencies the symbol can stand for ("$" is USD, CAD, AUD or MXN). */
  currencies?: string[];
}

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** "fourteen" → 14, "forty-eight" → 48, "14" → 14, "3.99" → 3.99, "2,500" → 2500. */
export function numberValue(word: string): number | undefined {
  const text = word.toLowerCase().trim();
  if (/^\d[\d,]*(\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ''));
  const [tens = '', ones] = text.split(/[-\s]/);
  const onesIndex = ONES.indexOf(tens);
  if (onesIndex >= 0 && ones === undefined) return onesIndex;
  const tensIndex = TENS.indexOf(tens);
  if (tensIndex < 2) return undefined;
  if (ones === undefined) return tensIndex * 10;
  const unit = ONES.indexOf(ones);
  return unit > 0 && unit < 10 ? tensIndex * 10 + unit : undefined;
}

const WORD_NUMBER = `(?:(?:${TENS.slice(2).join('|')})(?:-(?:${ONES.slice(1, 10).join('|')}))?|${ONES.slice(1).join('|')})`;
const NUMBER = `(?:\\d[\\d,]*(?:\\.\\d+)?|${WORD_NUMBER})`;
const RANGE_JOIN = '\\s*(?:–|-|—|to)\\s*';
const DURATION = new RegExp(
  `\\b(${NUMBER})(?:${RANGE_JOIN}(${NUMBER}))?(?:\\s+|-)(business|working|calendar)?\\s*(days?|hours?|weeks?|months?|years?)\\b`,
  'gi',
);
const PERCENT = new RegExp(`\\b(${NUMBER})(?:${RANGE_JOIN}(${NUMBER}))?\\s*(%|per ?cent)`, 'gi');
const CURRENCY_SYMBOLS: Record<string, string[]> = {
  '£': ['GBP'],
  '€': ['EUR'],
  $: ['USD', 'CAD', 'AUD', 'MXN'],
  'US$': ['USD'],
  'C$': ['CAD'],
  'CA$': ['CAD'],
  'A$': ['AUD'],
  'AU$': ['AUD'],
  'MX$': ['MXN'],
  '¥': ['JPY'],
  '₹': ['INR'],
};
const MONEY_BEFORE = /(US\$|CA\$|AU\$|MX\$|C\$|A\$|\$|£|€|¥|₹)\s?(\d[\d,]*(?:\.\d+)?)/g;
const MONEY_AFTER = /\b(\d[\d,.]*)\s?(€|EUR|GBP|USD|CAD|AUD|MXN|JPY|INR)(?![A-Za-z])/g;
const CODE_CURRENCY: Record<string, string> = { '€': 'EUR' };

function durationUnit(qualifier: string | undefined, unit: string): FigureUnit {
  const base = unit.toLowerCase().replace(/s$/, '');
  if (base === 'day') return qualifier && /business|working/i.test(qualifier) ? 'business-days' : 'days';
  return `${base}s` as FigureUnit;
}

function withRange(text: string, first: string, second: string | undefined, unit: FigureUnit): Figure | undefined {
  const a = numberValue(first);
  const b = second === undefined ? undefined : numberValue(second);
  if (a === undefined || (second !== undefined && b === undefined)) return undefined;
  return b === undefined ? { text, unit, max: a } : { text, unit, min: a, max: b };
}

/** Every figure typed in `text`, in order. */
export function findFigures(text: string): Figure[] {
  const found: Array<Figure & { at: number }> = [];
  for (const match of text.matchAll(DURATION)) {
    const figure = withRange(match[0], match[1] ?? '', match[2], durationUnit(match[3], match[4] ?? ''));
    if (figure) found.push({ ...figure, at: match.index ?? 0 });
  }
  for (const match of text.matchAll(PERCENT)) {
    const figure = withRange(match[0], match[1] ?? '', match[2], 'percent');
    if (figure) found.push({ ...figure, at: match.index ?? 0 });
  }
  for (const match of text.matchAll(MONEY_BEFORE)) {
    found.push({ text: match[0], unit: 'money', max: Number((match[2] ?? '').replace(/,/g, '')), currencies: CURRENCY_SYMBOLS[match[1] ?? ''] ?? [], at: match.index ?? 0 });
  }
  for (const match of text.matchAll(MONEY_AFTER)) {
    const code = CODE_CURRENCY[match[2] ?? ''] ?? match[2] ?? '';
    const amount = Number((match[1] ?? '').replace(/[.,](?=\d{3}\b)/g, '').replace(',', '.'));
    found.push({ text: match[0], unit: 'money', max: amount, currencies: [code], at: match.index ?? 0 });
  }
  return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...figure }) => figure);
}

/** Prose an editor typed: frontmatter title and description plus the body, with components, imports and comments left out. */
export function proseOf(body: string): string {
  return body
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    // A component tag is code, but the title or caption an editor writes in it is prose.
    .replace(/<[A-Z][A-Za-z]*\b(?:[^>"']|"[^"]*"|'[^']*')*\/?>/g, (tag) => ` ${[...tag.matchAll(/\b(?:title|caption|column)="([^"]*)"/g)].map((match) => match[1]).join('. ')} `)
    .replace(/<\/[A-Z][A-Za-z]*>/g, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
}
