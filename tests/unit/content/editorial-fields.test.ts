import { describe, expect, it } from 'vitest';
import { contentFiles } from './contentFiles';

const guides = contentFiles('guides');
const faq = contentFiles('faq');

describe.each([
  ['guide', guides],
  ['FAQ entry', faq],
] as const)('every %s', (_kind, files) => {
  it.each(files.map((file) => [file.id, file] as const))('%s has a title, a description, a real lastReviewed date and a source', (_id, file) => {
    expect(typeof file.data.title === 'string' && file.data.title.trim().length >= 3, `${file.path}: title`).toBe(true);
    expect(typeof file.data.description === 'string' && file.data.description.trim().length >= 20, `${file.path}: description`).toBe(true);
    const reviewed = String(file.data.lastReviewed ?? '');
    expect(reviewed, `${file.path}: lastReviewed`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${reviewed}T00:00:00Z`).toISOString().slice(0, 10), `${file.path}: lastReviewed is not a real date`).toBe(reviewed);
    const sources = Array.isArray(file.data.sources) ? (file.data.sources as Array<Record<string, unknown>>) : [];
    expect(sources.length, `${file.path}: sources`).toBeGreaterThanOrEqual(1);
    for (const source of sources) {
      expect(String(source.title ?? '').length, `${file.path}: a source without a title`).toBeGreaterThanOrEqual(3);
      expect(String(source.url ?? ''), `${file.path}: a source without an address`).toMatch(/^https?:\/\//);
    }
  });
});

describe('the FAQ', () => {
  it('has at least 40 entries', () => {
    expect(faq.length).toBeGreaterThanOrEqual(40);
  });

  it('has unique anchors: no two files differ only by case or extension', () => {
    const anchors = faq.map((file) => file.id.toLowerCase());
    expect(anchors.filter((anchor, index) => anchors.indexOf(anchor) !== index)).toEqual([]);
  });

  it('uses anchors that work in a URL (lowercase letters, digits and hyphens)', () => {
    expect(faq.map((file) => file.id).filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
  });

  it('uses no anchor the FAQ page already gives to something else', () => {
    expect(faq.map((file) => file.id).filter((id) => id.startsWith('topic-') || ['main', 'faq-topics-title'].includes(id))).toEqual([]);
  });

  it('asks each question once', () => {
    const questions = faq.map((file) => String(file.data.title).trim().toLowerCase());
    expect(questions.filter((question, index) => questions.indexOf(question) !== index)).toEqual([]);
  });
});
