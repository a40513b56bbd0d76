import { getCollection } from 'astro:content';

/**
 * Resolves a site path written in content (for example a FAQ entry's `fullAnswer`) to the title of the page it
 * names, so a typo fails the build with the file and the field instead of shipping a dead link.
 */
export async function titleOfSitePath(path: string, origin: { file: string; field: string }): Promise<string> {
  const [pathname = ''] = path.split('#');
  const guide = /^\/guides\/([^/]+)\/$/.exec(pathname);
  if (guide) {
    const entries = await getCollection('guides');
    const match = entries.find((entry) => entry.id === guide[1]);
    if (match) return match.data.title;
  }
  const region = /^\/regions\/([^/]+)\/$/.exec(pathname);
  if (region) {
    const entries = await getCollection('regions');
    const match = entries.find((entry) => entry.id === region[1]);
    if (match) return match.data.title;
  }
  const fixedPages: Record<string, string> = {
    '/guides/': 'Return steps and guides',
    '/regions/': 'Regions',
    '/faq/': 'Frequently asked questions',
    '/tools/': 'Tools',
  };
  const fixed = fixedPages[pathname];
  if (fixed) return fixed;
  throw new Error(`${origin.file}\n  ${origin.field}: "${path}" does not lead to a guide, a region page or a main section of the site`);
}
