import { describe, expect, it } from 'vitest';
import { citedSourceIds, hasReportedFact } from '../../../../src/site/regionPage/facts';
import type { RegionData } from '../../../../src/model/types';
import { region, regionData, regionFiles } from '../../regions/helpers';

describe.each(regionFiles().map((file) => ({ id: file.id, data: regionData(file) })))('$id: sources the page must list', ({ data }) => {
  it('cites only sources the region lists, starting with the returns help page', () => {
    const ids = citedSourceIds(data);
    const listed = new Set(data.sources.map((source) => source.id));
    expect(ids[0]).toBe(data.returnsHelpPage);
    for (const id of ids) expect(listed.has(id), id).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never counts a link-only source as cited by a fact', () => {
    const linkOnly = data.sources.filter((source) => source.linkOnly).map((source) => source.id);
    const { sources: _sources, ...rest } = data;
    const factSources = JSON.stringify(rest).match(/"source":"[^"]+"/g) ?? [];
    for (const id of linkOnly) expect(factSources).not.toContain(`"source":"${id}"`);
  });
});

describe('citedSourceIds and hasReportedFact', () => {
  it('finds sources cited by facts, by "not published" entries and by law references', () => {
    const uk = region('uk');
    const ids = citedSourceIds(uk);
    expect(ids).toContain('amazon-uk-returns-2015'); // returnWindow.source
    expect(ids).toContain('uk-ccr-2013-part-3'); // statutoryRights[].law
    expect(ids).toContain('amazon-uk-returns'); // checkAt
  });

  it('tells whether any fact is only reported', () => {
    const uk = region('uk');
    expect(hasReportedFact(uk)).toBe(true);
    const official: RegionData = {
      ...uk,
      holidayWindows: [],
      costs: { ...uk.costs, labelFees: { published: false, checkAt: 'amazon-uk-returns', note: 'None.' } },
      statutoryRights: { published: false, checkAt: 'amazon-uk-returns', note: 'None.' },
      consumerBodies: [],
      otherRules: [],
    };
    expect(hasReportedFact(official)).toBe(false);
  });
});
