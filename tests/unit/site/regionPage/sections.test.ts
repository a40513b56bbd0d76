import { describe, expect, it } from 'vitest';
import { isNotPublished } from '../../../../src/model/regionFacts';
import { ALWAYS_PRESENT_SECTIONS, REGION_SECTIONS, regionSections } from '../../../../src/site/regionPage/sections';
import { region, regionData, regionFiles } from '../../regions/helpers';

const inputs = { hasBody: true, publicHolidayCount: 10, buildYear: 2026 };

describe('region page sections', () => {
  it('always has the sections other pages link to', () => {
    expect(ALWAYS_PRESENT_SECTIONS).toEqual(['at-a-glance', 'return-window', 'refund-timing', 'legal-rights', 'a-to-z', 'contact']);
  });

  describe.each(regionFiles().map((file) => ({ id: file.id, data: regionData(file) })))('$id', ({ data }) => {
    const ids = regionSections(data, inputs).map((section) => section.id);

    it('keeps page order and every always-present section', () => {
      const order = REGION_SECTIONS.map((section) => section.id);
      expect(ids).toEqual(order.filter((id) => ids.includes(id)));
      for (const id of ALWAYS_PRESENT_SECTIONS) expect(ids).toContain(id);
      expect(ids.indexOf('in-short')).toBe(1); // right after at-a-glance
    });

    it('shows an optional section exactly when the data has something published for it', () => {
      const published = (value: unknown) => !isNotPublished(value) && (!Array.isArray(value) || value.length > 0);
      expect(ids.includes('holiday-returns')).toBe(data.holidayWindows.length > 0);
      expect(ids.includes('costs')).toBe([data.costs.freeReturns, data.costs.labelFees, data.costs.deductions].some(published));
      expect(ids.includes('drop-off')).toBe(published(data.returnOptions));
      expect(ids.includes('renewed')).toBe(published(data.renewedGuarantee));
      expect(ids.includes('other-rules')).toBe(data.otherRules.length > 0);
    });
  });

  it('leaves out the narrative and the holiday table when there is nothing to show, and names the year', () => {
    const uk = region('uk');
    expect(regionSections(uk, { hasBody: false, publicHolidayCount: 0, buildYear: 2026 }).map((section) => section.id)).not.toContain('in-short');
    expect(regionSections(uk, { hasBody: false, publicHolidayCount: 0, buildYear: 2026 }).map((section) => section.id)).not.toContain('public-holidays');
    expect(regionSections(uk, inputs).find((section) => section.id === 'public-holidays')?.title).toBe('Public holidays in 2026');
  });
});
