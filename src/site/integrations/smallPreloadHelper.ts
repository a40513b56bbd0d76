import type { Plugin } from 'vite';

/**
 * Vite wraps every lazy `import()` in its preload helper (`__vitePreload`), and Astro sets `modulePreload` for the
 * client build itself, so `vite.build.modulePreload: false` in astro.config.mjs never reached the client: the
 * helper (0.9 KB gz, with its feature detection, error events and CSS bookkeeping) rode on every page, because the
 * search button and two tools import lazily. This plugin gives Vite a helper of a few lines that does the same job
 * for this site: it starts fetching the lazy module's own imports (`modulepreload`) and its stylesheets (waited
 * for, so nothing shows unstyled), then imports the module.
 */
export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

export function preloadHelperSource(base: string): string {
  return `const seen = {};
export const __vitePreload = (load, deps) =>
  Promise.all((deps || []).map((dep) => {
    const href = ${JSON.stringify(base.endsWith('/') ? base : `${base}/`)} + dep;
    if (href in seen) return seen[href];
    const css = href.endsWith('.css');
    const link = document.createElement('link');
    link.rel = css ? 'stylesheet' : 'modulepreload';
    link.href = href;
    const done = css ? new Promise((settle) => (link.onload = link.onerror = settle)) : undefined;
    document.head.append(link);
    return (seen[href] = done);
  })).then(() => load());
`;
}

export function smallPreloadHelper(): Plugin {
  let base = '/';
  return {
    name: 'refund-atlas:small-preload-helper',
    enforce: 'pre',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    resolveId(id) {
      return id === PRELOAD_HELPER_ID ? id : undefined;
    },
    load(id) {
      return id === PRELOAD_HELPER_ID ? preloadHelperSource(base) : undefined;
    },
  };
}
