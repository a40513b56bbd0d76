import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The built site: dist/, or REFUND_ATLAS_OUT_DIR when a build was sent elsewhere. */
export const DIST = process.env.REFUND_ATLAS_OUT_DIR ?? join(process.cwd(), 'dist');

/** Every built HTML page as a site path (`/guides/x/`), the 404 page as `/404.html`. */
export function builtPages(): string[] {
  const pages: string[] = [];
  for (const entry of readdirSync(DIST, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const path = relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (path.startsWith('pagefind/')) continue;
    pages.push(path === 'index.html' ? '/' : path.endsWith('/index.html') ? `/${path.slice(0, -'index.html'.length)}` : `/${path}`);
  }
  return pages.sort();
}

/** One page of each template, for tests too slow to run on every page. */
export function oneOfEachTemplate(): string[] {
  const pages = builtPages();
  const first = (prefix: string) => pages.find((page) => page.startsWith(prefix) && page !== prefix);
  return [
    '/', '/guides/', first('/guides/'), '/regions/', first('/regions/'), '/faq/', '/tools/', '/tools/eligibility/', '/tools/refund-estimator/',
    '/contact/', '/changes/', '/search/', '/about/', '/404.html',
  ].filter(
    (page): page is string => page !== undefined && pages.includes(page),
  );
}
