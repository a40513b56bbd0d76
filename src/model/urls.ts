/**
 * Where the site's pages live, and the base path in front of every address. On the ground floor because everything
 * links to pages: the region page, the guides and the tools link to each other, and the calculators' scripts build
 * links in the browser. Addresses are site paths ("/regions/uk/"); `sitePath` adds the base the site is served under.
 */

/** Prefixes a site path with Astro's base, so the site works under a sub-path (GitHub Pages). */
export function sitePath(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path}`;
}

/** A region's page: "/regions/uk/". */
export function regionUrl(id: string): string {
  return `/regions/${id}/`;
}

/** A guide's page: "/guides/start-a-return/". */
export function guideUrl(id: string): string {
  return `/guides/${id}/`;
}
