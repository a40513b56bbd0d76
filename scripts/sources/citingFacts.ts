import { walkFacts } from '../../src/model/walkFacts';
import { describeRegionValue } from '../../src/model/describeRegionValue';
import { isNotPublished } from '../../src/model/regionFacts';
import { NOT_IN_OUR_SOURCES_CHECK } from '../../src/model/missing';
import { formatReviewDate } from '../../src/model/format';

/** One place in a region's data that rests on a source: a fact citing it, a "check this page" or a right's law. */
export interface CitingFact {
  /** The path an editor writes (as in <RegionValue path="…">): `refund.paymentTimes.1`. */
  path: string;
  /** The first field of the path (`holidayWindows`), which decides the review rule. */
  field: string;
  /** How the site words the value: "30 days from delivery", or what the entry says when it is not one figure. */
  shown: string;
  /** How it rests on the source: `source` (the fact's source), `checkAt` (the page to check), `law`, or the region's `returnsHelpPage`. */
  via: 'source' | 'checkAt' | 'law' | 'returnsHelpPage';
}

const VIA = ['source', 'checkAt', 'law'] as const;

/** Every place in `region` (its frontmatter, as YAML gives it) that names source `id`, in data order. */
export function citingFacts(region: Record<string, unknown>, id: string): CitingFact[] {
  const locale = typeof region.locale === 'string' ? region.locale : 'en';
  const facts: CitingFact[] = [];
  walkFacts(region, (node, path) => {
    for (const via of VIA) {
      if (node[via] !== id) continue;
      const key = path[path.length - 1];
      facts.push({ path: path.join('.'), field: String(path[0]), shown: shownValue(node, typeof key === 'string' ? key : '', parentOf(region, path), locale), via });
    }
  });
  if (region.returnsHelpPage === id) facts.unshift({ path: 'returnsHelpPage', field: 'returnsHelpPage', shown: 'the returns help page linked from every page of the region', via: 'returnsHelpPage' });
  return facts;
}

function parentOf(region: Record<string, unknown>, path: Array<string | number>): unknown {
  let value: unknown = region;
  for (const step of path.slice(0, -1)) value = (value as Record<string | number, unknown> | undefined)?.[step];
  return value;
}

function shownValue(node: Record<string, unknown>, key: string, parent: unknown, locale: string): string {
  if (isNotPublished(node)) return NOT_IN_OUR_SOURCES_CHECK;
  const described = describeRegionValue(node, key, parent, locale);
  if (described) return described;
  if (typeof node.returnBy === 'string') {
    const bought = typeof node.purchasedFrom === 'string' && typeof node.purchasedTo === 'string' ? `bought ${formatReviewDate(node.purchasedFrom)} to ${formatReviewDate(node.purchasedTo)}: ` : '';
    return `${bought}return by ${formatReviewDate(node.returnBy)}`;
  }
  for (const field of ['summary', 'name', 'label', 'topic', 'title']) if (typeof node[field] === 'string') return node[field] as string;
  return JSON.stringify(Object.fromEntries(Object.entries(node).filter(([field]) => !['source', 'confidence', 'note'].includes(field)))).slice(0, 160);
}
