import { describe, expect, it } from 'vitest';
import { isNotPublished } from '../../../../src/model/regionFacts';
import type { RegionData } from '../../../../src/model/types';
import { holidayRegionOf } from '../../../../src/site/generateHolidays';
import { regionPageModel } from '../../../../src/site/regionPage/pageModel';
import { regionSections } from '../../../../src/site/regionPage/sections';
import { standardWindowSummary } from '../../../../src/site/regionPage/summaries';
import { region, regionData, regionFiles } from '../../regions/helpers';

const pageOf = (id: string, data: RegionData, options: { hasBody?: boolean; buildDate?: string; bodyHeadings?: Array<{ depth: number; slug: string; text: string }> } = {}) =>
  regionPageModel({
    filePath: `content/regions/${id}.mdx`,
    data,
    hasBody: options.hasBody ?? true,
    bodyHeadings: options.bodyHeadings ?? [],
    buildDate: options.buildDate ?? '2026-12-04',
    holidayRegion: holidayRegionOf({ id, data }),
  });

describe('regionPageModel', () => {
  describe.each(regionFiles().map((file) => ({ id: file.id, data: regionData(file) })))('$id', ({ id, data }) => {
    const page = pageOf(id, data);

    it('lists the sections regionSections gives for its own holiday count, and a contents entry for each, then the change log', () => {
      expect(page.sections).toEqual(regionSections(data, { hasBody: true, publicHolidayCount: page.publicHolidays.days.length, buildYear: 2026 }));
      expect(page.headings.map((heading) => heading.slug)).toEqual([...page.sections.map((section) => section.id), 'recent-changes']);
      for (const section of page.sections) expect(page.has(section.id)).toBe(true);
    });

    it('lists only the build year’s public holidays', () => {
      expect(page.publicHolidays.days.length).toBeGreaterThan(0);
      for (const [date] of page.publicHolidays.days) expect(date.startsWith('2026-')).toBe(true);
    });

    it('computes the standard window once for the summary box and its section', () => {
      expect(page.standardWindow).toEqual(standardWindowSummary(data));
    });

    it('shows the A-to-z facts when the data has any, and otherwise where to look', () => {
      const guarantee = data.aToZ;
      if (page.aToZ.kind === 'facts') {
        expect(isNotPublished(guarantee)).toBe(false);
        expect(Object.values(page.aToZ.guarantee).some((part) => part !== undefined)).toBe(true);
      } else {
        expect(page.aToZ.missing.published).toBe(false);
        expect(page.aToZ.withoutNote).toBe(!isNotPublished(guarantee));
      }
    });

    it('keeps the renewed guarantee exactly when the page has its section', () => {
      expect(page.renewedGuarantee !== undefined).toBe(page.has('renewed'));
    });
  });

  it('puts the narrative’s own h2s under "In short", and leaves out its h3s', () => {
    const page = pageOf('uk', region('uk'), {
      bodyHeadings: [
        { depth: 2, slug: 'what-changed', text: 'What changed' },
        { depth: 3, slug: 'detail', text: 'Detail' },
      ],
    });
    const slugs = page.headings.map((heading) => heading.slug);
    expect(slugs.slice(0, 3)).toEqual(['at-a-glance', 'in-short', 'what-changed']);
    expect(slugs).not.toContain('detail');
  });

  it('names the region file when a component asks for a section the page does not have', () => {
    const page = pageOf('uk', region('uk'), { hasBody: false });
    expect(page.has('in-short')).toBe(false);
    expect(() => page.section('in-short')).toThrow('content/regions/uk.mdx: section #in-short is not on this page');
  });

  it('marks a page stale by the one review rule, and names a bad build date', () => {
    const uk = region('uk');
    expect(pageOf('uk', { ...uk, lastReviewed: '2026-11-01' }).stale).toBe(false);
    expect(pageOf('uk', { ...uk, lastReviewed: '2025-01-01' }).stale).toBe(true);
    expect(() => pageOf('uk', uk, { buildDate: '2026-02-30' })).toThrow(/buildDate: "2026-02-30" is not a real date/);
  });
});
