import { describe, expect, it } from 'vitest';
import { REGION_VIEWS, pathColumn, pathTableProblem, type CellLine } from '../../../src/site/regionViews';
import { regionData, regionFiles } from '../regions/helpers';
import { fixtureRegion } from '../mdx/fixtureRegion';

const regions = regionFiles().map((file) => ({ id: file.id, data: regionData(file) }));
const text = (lines: CellLine[]) => lines.map((line) => (line.kind === 'not-published' ? 'not in our sources yet' : line.text));

describe('region table views', () => {
  it.each(Object.entries(REGION_VIEWS))('"%s" gives every region a filled cell in every column', (_id, view) => {
    for (const region of regions) {
      for (const column of view.columns) {
        const lines = column.cell(region.data);
        expect(lines.length, `${region.id}: ${column.heading}`).toBeGreaterThan(0);
        for (const line of lines) {
          if (line.kind === 'fact') expect(line.text.trim(), `${region.id}: ${column.heading}`).not.toBe('');
          if (line.kind === 'fact' && line.fact) expect(region.data.sources.some((source) => source.id === line.fact?.source)).toBe(true);
          if (line.kind === 'not-published') expect(region.data.sources.some((source) => source.id === line.missing.checkAt)).toBe(true);
        }
      }
    }
  });

  it('"card-refund-time" shows the credit- and debit-card times of the data, and "not published" where there are none', () => {
    const [credit, debit] = REGION_VIEWS['card-refund-time'].columns;
    const fixture = fixtureRegion();
    expect(text(credit!.cell(fixture))).toEqual(['3–5 business days']);
    expect(text(debit!.cell(fixture))).toEqual(['not in our sources yet']);
    const general = fixtureRegion({ refund: { ...fixture.refund, paymentTimes: [{ min: 7, max: 7, approximate: true, unit: 'business-days', source: 'amazon-us-returns', confidence: 'official' }] } });
    expect(text(debit!.cell(general))).toEqual(['about 7 business days (any payment method)']);
  });

  it('"category-windows" puts rules with the same window and source on one line', () => {
    const [different, none] = REGION_VIEWS['category-windows'].columns;
    const fixture = fixtureRegion();
    expect(text(different!.cell(fixture))).toEqual(['365 days: Amazon Renewed Premium']);
    expect(text(none!.cell(fixture))).toEqual(['Groceries and perishables']);
  });

  it('"holiday-windows" shows an unpublished newest season and the latest published one, with its variants', () => {
    const [column] = REGION_VIEWS['holiday-windows'].columns;
    const lines = column!.cell(fixtureRegion());
    expect(lines[0]).toMatchObject({ kind: 'not-published', label: '2026 season' });
    expect(text(lines)).toEqual(['not in our sources yet', '2025 season: bought 1 November 2025 – 31 December 2025, return by 31 January 2026; Apple products by 15 January 2026']);
    expect(text(column!.cell(fixtureRegion({ holidayWindows: [] })))).toEqual(['not in our sources yet']);
  });

  it('a path column lists every entry of a list, and "not published" for a section the data does not publish', () => {
    const fixture = fixtureRegion();
    expect(text(pathColumn('refund.paymentTimes', 'Times').cell(fixture))).toEqual(['3–5 business days', 'not in our sources yet']);
    expect(text(pathColumn('aToZ.claimWindow', 'Claim').cell(fixture))).toEqual(['not in our sources yet']);
  });
});

describe('pathTableProblem', () => {
  const data = regions.map((region) => region.data);

  it('accepts a field some regions leave out', () => {
    expect(pathTableProblem(data, 'aToZ.claimWindow')).toBeUndefined();
  });

  it('rejects a field no region has, naming what exists', () => {
    expect(pathTableProblem(data, 'returnWindow.dayz')).toMatch(/no region has this field .*returnWindow has no field "dayz"/);
  });

  it('rejects a whole section, which is not one value', () => {
    expect(pathTableProblem(data, 'refund')).toMatch(/whole section/);
  });
});
