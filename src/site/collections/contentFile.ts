import { getCollection } from 'astro:content';

/**
 * The content file behind the page being built, so a component inside MDX can name it in a build error.
 * Components do not know which file uses them; the page's URL does (`/guides/<id>/`, `/regions/<id>/`).
 */
export async function contentFileOf(url: URL): Promise<string> {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const pathname = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname;
  const match = /^\/(guides|regions)\/([^/]+)\/?$/.exec(pathname);
  if (match) {
    const [, collection, id] = match;
    const entries = await getCollection(collection as 'guides' | 'regions');
    const entry = entries.find((candidate) => candidate.id === id);
    if (entry?.filePath) return entry.filePath;
  }
  return `the page ${pathname}`;
}

/** A build error an editor can act on: the file, then what is wrong with which component. */
export function contentError(file: string, component: string, problem: string): Error {
  return new Error(`${file}\n  ${component}: ${problem}`);
}
