import { describe, expect, it } from 'vitest';
import { regionData, regionFiles } from '../regions/helpers';
import { contentFiles, regionsOf, type ContentFile } from './contentFiles';
import { findFigures, proseOf, type Figure } from './figures';
import { matchesData, regionFigures } from './regionFigures';
import { formatRange } from '../../../src/model/format';
import { paymentTimeFor } from '../../../src/model/regionFacts';

// Region figures live in content/regions/. Prose that types one must agree with the data of the regions it is
// about (all of them when `regions` is empty), so a change in the data cannot leave a stale number in a guide.
const regions = new Map(regionFiles().map((file) => [file.id, regionData(file)]));
const figuresByRegion = new Map([...regions].map(([id, region]) => [id, regionFigures(region)]));
const files = [...contentFiles('guides'), ...contentFiles('faq')];

const proseParts = (file: ContentFile) => [String(file.data.title ?? ''), String(file.data.description ?? ''), proseOf(file.body)];
const paragraphsOf = (file: ContentFile) => proseParts(file).flatMap((part) => part.split(/\n\s*\n/));

// The one figure prose may state on its own: "3–5 business days" is quoted everywhere, so the guides correct it,
// and the correction names it. It must stay the US credit-card time in the data.
const US_CREDIT_CARD = /\bUS credit cards?\b/i;
function usCreditCardRange(): string {
  const us = regions.get('us');
  if (!us) throw new Error('content/regions/us.mdx is missing');
  const answer = paymentTimeFor(us, 'credit-card');
  if (answer.kind !== 'method' || answer.entries.length !== 1) throw new Error('us.mdx: no single credit-card refund time');
  return formatRange(answer.entries[0]);
}
const sameFigure = (typed: Figure, text: string) => typed.text.replace(/[-—]|\sto\s/g, '–').replace(/\s+/g, ' ').toLowerCase() === text.toLowerCase();

describe('figures typed in guides and FAQ entries', () => {
  it('finds the region files and the content to check', () => {
    expect(regions.size).toBeGreaterThanOrEqual(11);
    expect(files.length).toBeGreaterThanOrEqual(50);
  });

  it.each(files.map((file) => [`${file.collection}/${file.id}`, file] as const))('%s types only figures the region data holds', (_name, file) => {
    const ids = regionsOf(file, [...regions.keys()]);
    const unknown = ids.filter((id) => !regions.has(id));
    expect(unknown, `${file.path}: regions lists unknown regions`).toEqual([]);
    const data = ids.flatMap((id) => figuresByRegion.get(id) ?? []);
    const stray = proseParts(file)
      .flatMap((part) => findFigures(part))
      .filter((figure) => !matchesData(figure, data))
      .map((figure) => figure.text);
    expect(stray, `${file.path} types figures that are not in the data of ${ids.join(', ')}: show them with <RegionValue> or <RegionTable>`).toEqual([]);
  });

  it('keeps the "3–5 business days" correction, and it matches the US credit-card time in us.mdx', () => {
    const expected = usCreditCardRange();
    const corrections = files.flatMap((file) => paragraphsOf(file).filter((paragraph) => US_CREDIT_CARD.test(paragraph)).map((paragraph) => ({ file, paragraph })));
    const withFigures = corrections.filter(({ paragraph }) => findFigures(paragraph).length > 0);
    expect(withFigures.map(({ file }) => file.id)).toContain('when-the-money-arrives');
    for (const { file, paragraph } of withFigures) {
      const wrong = findFigures(paragraph).filter((figure) => !sameFigure(figure, expected));
      expect(wrong.map((figure) => figure.text), `${file.path}: the US credit-card correction must say ${expected}`).toEqual([]);
    }
  });
});
