/**
 * In-site links with a #fragment must land on an element with that id: a link to /regions/jp/#a-to-z on a page
 * without that section drops the reader at the top of a long page. This reads built HTML, so it sees every link as
 * the reader gets it: written in MDX, by a component, or in a <noscript> fallback. Links that scripts write at run
 * time are not in the HTML; the tools' own tests cover those.
 */

export interface BrokenFragmentLink {
  /** The page the link is on, as a site path (`/guides/x/`). */
  page: string;
  /** The href as written in the page. */
  href: string;
  problem: string;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' };

function decodeEntities(value: string): string {
  return value.replace(/&(amp|quot|#39|lt|gt);/g, (whole, name: string) => ENTITIES[name] ?? whole);
}

/** Script bodies can hold HTML-like strings that are not links on the page. */
function withoutScripts(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
}

/** Every id in a page. */
export function idsIn(html: string): Set<string> {
  return new Set([...withoutScripts(html).matchAll(/<[a-z][^>]*?\sid="([^"]*)"/gi)].map((match) => decodeEntities(match[1] ?? '')));
}

/** Every href in a page that carries a fragment, as written. */
export function fragmentHrefsIn(html: string): string[] {
  return [...withoutScripts(html).matchAll(/<(?:a|area)\b[^>]*?\shref="([^"]*#[^"]*)"/gi)].map((match) => decodeEntities(match[1] ?? ''));
}

/**
 * The site path of a built file: `regions/us/index.html` → `/regions/us/`, `404.html` → `/404.html`.
 * Paths are relative to the output folder, with forward slashes.
 */
export function sitePathOfFile(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

export interface SiteAddress {
  /** The site's public origin and base, for example `https://refund-atlas.example.org` and `/refund-atlas/`. */
  origin: string;
  base: string;
}

/**
 * Links on built pages whose fragment names no element on the page it points to, or that point to no page.
 * `pages` maps each page's site path (without the base) to its HTML.
 */
export function brokenFragmentLinks(pages: ReadonlyMap<string, string>, site: SiteAddress): BrokenFragmentLink[] {
  const base = site.base.endsWith('/') ? site.base : `${site.base}/`;
  const ids = new Map<string, Set<string>>();
  const idsOf = (path: string) => {
    let found = ids.get(path);
    if (!found) {
      found = idsIn(pages.get(path) ?? '');
      ids.set(path, found);
    }
    return found;
  };
  const broken: BrokenFragmentLink[] = [];
  for (const [page, html] of pages) {
    for (const href of fragmentHrefsIn(html)) {
      const target = new URL(href, `${site.origin}${base}${page.slice(1)}`);
      if (target.origin !== site.origin) continue;
      const fragment = target.hash.slice(1);
      // "#" alone goes to the top; "#:~:text=" is a text fragment, found by the browser in the words.
      if (fragment === '' || fragment.startsWith(':~:')) continue;
      if (!target.pathname.startsWith(base)) {
        broken.push({ page, href, problem: `${target.pathname} is outside the site (base ${base})` });
        continue;
      }
      const path = `/${target.pathname.slice(base.length)}`;
      if (!pages.has(path)) {
        broken.push({ page, href, problem: `there is no page ${path}` });
        continue;
      }
      let id: string;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        broken.push({ page, href, problem: `"#${fragment}" is not a valid fragment` });
        continue;
      }
      if (!idsOf(path).has(id)) broken.push({ page, href, problem: `${path} has no element with id "${id}"` });
    }
  }
  return broken;
}

/** The build error: every broken link, each with its page, so an editor can find and fix them all at once. */
export function fragmentLinkReport(broken: readonly BrokenFragmentLink[]): string {
  const lines = broken.map((link) => `  ${link.page}: href="${link.href}": ${link.problem}`);
  return `${broken.length} link${broken.length === 1 ? '' : 's'} with a #fragment land${broken.length === 1 ? 's' : ''} on no section:\n${lines.join('\n')}\nFix the link, or the id it names (a heading's id comes from its text).`;
}
