/** A source as the tools show it: the page's title and address (region data's sources, reduced at build time). */
export interface SourceLink {
  title: string;
  url: string;
}

/** Just the title and address of a source, for the JSON a tool ships. */
export function linkTo(source: { title: string; url: string }): SourceLink {
  return { title: source.title, url: source.url };
}
