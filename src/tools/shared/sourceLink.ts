import { oldSourceYear, sourceYearLabel } from '../../model/sourceAge';

/** A source as the tools show it: the page's title and address (region data's sources, reduced at build time). */
export interface SourceLink {
  title: string;
  url: string;
}

/**
 * Just the title and address of a source, for the JSON a tool ships; an old source's title carries its year
 * ("… (2012 source)", the rule in model/sourceAge.ts), so every tool shows it beside the figure it cites.
 */
export function linkTo(source: { title: string; url: string; year?: number | undefined; readOn?: string | undefined }): SourceLink {
  const year = oldSourceYear(source);
  return { title: year === undefined ? source.title : `${source.title} ${sourceYearLabel(year)}`, url: source.url };
}
