import { describe, expect, it } from 'vitest';
import { COMPARISON_COLUMNS, comparisonRow, comparisonRows } from '../../../../src/site/regionPage/comparison';
import {
  cardRefundCompareLines,
  cardRefundSummary,
  holidayCompareLines,
  holidayStatus,
  returnCostCompareLines,
  returnCostSummary,
  standardWindowSummary,
  withdrawalSummary,
} from '../../../../src/site/regionPage/summaries';
import { NOT_IN_OUR_SOURCES } from '../../../../src/model/missing';
import { regionData, regionFiles } from '../../regions/helpers';

const BUILD_DATE = '2026-11-26';
const entries = regionFiles().map((file) => ({ id: file.id, data: regionData(file) }));
const rows = comparisonRows(entries, BUILD_DATE, 'en-GB');

describe('the comparison table rows', () => {
  it('has one row per region file, sorted by region name', () => {
    expect(rows.map((row) => row.id).sort()).toEqual(entries.map((entry) => entry.id).sort());
    const names = rows.map((row) => row.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('has a column for every cell and a way to read each order', () => {
    expect(COMPARISON_COLUMNS.map((column) => column.key)).toEqual(['region', 'window', 'holiday', 'card', 'withdrawal', 'cost']);
    for (const column of COMPARISON_COLUMNS) {
      expect(column.ascending.length, column.key).toBeGreaterThan(2);
      expect(column.descending.length, column.key).toBeGreaterThan(2);
    }
  });

  describe.each(entries)('$id', (entry) => {
    const row = comparisonRow(entry, BUILD_DATE, 'en-GB');

    it('uses the same summaries as the region page (plus the year of an old source)', () => {
      const { data } = entry;
      const withoutYear = (lines: string[]) => lines.map((line) => line.replace(/ \(\d{4} source\)$/, ''));
      const cells = Object.fromEntries(Object.entries(row.cells).map(([key, cell]) => [key, { ...cell, lines: withoutYear(cell.lines) }]));
      const row_ = { ...row, cells: cells as typeof row.cells };
      expect(row.name).toBe(data.name);
      expect(row.marketplace).toBe(data.marketplace);
      expect(row_.cells.window.lines).toEqual([standardWindowSummary(data).text]);
      expect(row_.cells.window.sortKey).toBe(standardWindowSummary(data).sortKey);
      expect(row_.cells.holiday.lines).toEqual(holidayCompareLines(holidayStatus(data, BUILD_DATE), 'en-GB'));
      expect(row_.cells.card.lines).toEqual(cardRefundCompareLines(cardRefundSummary(data)));
      expect(row_.cells.withdrawal.lines).toEqual(withdrawalSummary(data, BUILD_DATE).lines);
      expect(row_.cells.cost.lines).toEqual(returnCostCompareLines(returnCostSummary(data, 'en-GB')));
    });

    it('sorts "not published" last: a null key exactly when the cell says not published', () => {
      for (const [key, cell] of Object.entries(row.cells)) {
        expect(cell.lines.length, key).toBeGreaterThan(0);
        const saysNotPublished = cell.lines.length === 1 && cell.lines[0] === NOT_IN_OUR_SOURCES;
        expect(cell.sortKey === null, `${key}: ${cell.lines.join(' / ')}`).toBe(saysNotPublished || (key === 'holiday' && !cell.lines[0]?.includes('return by')));
        if (cell.sortKey !== null) expect(Number.isFinite(cell.sortKey), key).toBe(true);
        if (cell.sortKey === null) expect(cell.reported, key).toBe(false);
      }
    });
  });

  it('marks figures that rest on a reported fact', () => {
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get('uk')?.cells.window.reported).toBe(false); // official
    expect(byId.get('us')?.cells.window.reported).toBe(false); // read on Amazon's seller help
    expect(byId.get('mx')?.cells.window.reported).toBe(true); // read in a news report
    expect(byId.get('uk')?.cells.cost.reported).toBe(true); // the label fee comes from a press report
    expect(byId.get('jp')?.cells.withdrawal.lines).toEqual(['none for online orders']);
    expect(byId.get('jp')?.cells.withdrawal.sortKey).toBe(0);
  });

  it('never shows a conditional right as a general cooling-off: Canada reads "No general right; conditional rights in Ontario and Québec"', () => {
    const canada = rows.find((row) => row.id === 'ca');
    expect(canada?.cells.withdrawal.lines).toEqual(['No general right; conditional rights in Ontario and Québec']);
    expect(canada?.cells.withdrawal.sortKey).toBe(0);
  });

  it('shows the year of an old source beside the figure: Canada\'s latest holiday window (2012), the UK page version (2015)', () => {
    const canada = rows.find((row) => row.id === 'ca');
    expect(canada?.cells.holiday.lines[0]).toMatch(/^2012 season: return by .* \(2012 source\)$/);
    const uk = rows.find((row) => row.id === 'uk');
    expect(uk?.cells.window.lines).toEqual(['30 days from the day you receive it (2015 source)']); // the UK page version
    const us = rows.find((row) => row.id === 'us');
    expect(us?.cells.window.lines.join(' ')).not.toMatch(/source\)/);
  });
});
