import { describe, expect, it } from 'vitest';
import { contentFiles, type ContentFile } from './contentFiles';

// Facts the December 2026 review found wrong on the site. The data is pinned in tests/unit/regions/region-data.test.ts;
// these tests keep the old wording from coming back into the guides and the FAQ.

const files = [...contentFiles('guides'), ...contentFiles('faq')];
const textOf = (file: ContentFile) => `${String(file.data.title ?? '')}\n${String(file.data.description ?? '')}\n${file.body}`;
const sentences = (text: string) => text.split(/(?<=[.!?])\s+|\n+/);

describe('corrected facts stay corrected in guides and FAQ entries', () => {
  it('finds the guides and FAQ entries', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
  });

  it('no longer says Italy cut the window for electronics and computers (our sources name Germany, 2024; Italy, the 2025 categories)', () => {
    const wrong = [
      /Germany and Italy:?\*?\*?:? reports say electronics/i,
      /electronics on the German and Italian sites/i,
      /Amazon\.de and Amazon\.it reportedly shortened the return window for electronics/i,
      /\b(Italy|Italian|Amazon\.it)\b[^.]*\belectronics, computers\b[^.]*\bshorter window\b/i,
    ];
    const offending = files.flatMap((file) => wrong.filter((pattern) => pattern.test(textOf(file))).map((pattern) => `${file.collection}/${file.id}: ${pattern}`));
    expect(offending).toEqual([]);
    const guide = files.find((file) => file.id === 'check-eligibility');
    expect(guide && textOf(guide)).toMatch(/Our sources do not say that Amazon\.it made Germany's 2024 cut for electronics and computers/);
  });

  it('never calls Québec or Canada a general right to cancel an online order', () => {
    const offending = files.flatMap((file) =>
      sentences(textOf(file))
        .filter((sentence) => /Québec|Quebec/.test(sentence) && /\bcancel/i.test(sentence))
        .filter((sentence) => !/\b(only|particular|orally|by phone|no such|not a general|breaks its obligations)\b/i.test(sentence))
        .map((sentence) => `${file.collection}/${file.id}: ${sentence}`),
    );
    expect(offending).toEqual([]);
  });

  it('does not say second-hand goods in France are presumed faulty for "a few months"', () => {
    expect(files.filter((file) => /only a few months/i.test(textOf(file))).map((file) => file.id)).toEqual([]);
  });
});
