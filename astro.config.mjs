// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { pagefindIndex } from './src/site/integrations/pagefind.ts';
import { securityHeaders } from './src/site/integrations/securityHeaders.ts';
import { baseLinks } from './src/site/integrations/baseLinks.ts';
import { contentDateCheck } from './src/site/integrations/contentDates.ts';
import { fragmentLinkCheck } from './src/site/integrations/fragmentLinkCheck.ts';
import { printNotes } from './src/site/integrations/printNotes.ts';
import { smallPreloadHelper } from './src/site/integrations/smallPreloadHelper.ts';
import { componentUiEnglish } from './src/site/integrations/componentUiEnglish.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_EXTRA } from './src/site/csp.ts';

/** Modules of the tools' floors (model, time, tools) that the kit chunk may hold: not the lazily loaded .ics writer. */
const isSharedToolCode = (/** @type {string} */ id) => /[\\/]src[\\/](tools|time|model)[\\/]/.test(id) && !/[\\/]src[\\/]time[\\/]ics\.ts$/.test(id);

// The public address of the site; canonical URLs, the sitemap and Open Graph tags are built from it.
const contentDir = process.env.REFUND_ATLAS_CONTENT_DIR ?? './content';
const site = process.env.SITE_URL ?? 'https://refund-atlas.example.org';

export default defineConfig({
  site,
  // Serving from a sub-path (GitHub Pages project sites): BASE_PATH=/refund-atlas. Every link goes through sitePath().
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // No code highlighting: the guides have no code, and Shiki's inline styles would break the strict CSP below.
  markdown: { syntaxHighlight: false },
  integrations: [contentDateCheck(contentDir), mdx(), sitemap({ filter: (page) => !page.includes('/404') }), baseLinks(), fragmentLinkCheck(), printNotes(), pagefindIndex(), securityHeaders()],
  server: { host: '127.0.0.1', port: 4321 },
  // A strict Content-Security-Policy in a <meta> on every page, with hashes for every script and style Astro emits.
  // public/_headers repeats it (plus frame-ancestors, which a <meta> cannot set) for hosts that read that file.
  // Vite's preload helper rides on every page that imports lazily (the search button, the tools' calendar files);
  // Astro overrides `build.modulePreload` for the client, so a small helper of our own replaces Vite's instead.
  // The search page's Component UI keeps only its English strings (the site is English; componentUiEnglish.ts).
  vite: {
    plugins: [smallPreloadHelper(), componentUiEnglish()],
    // Astro marks every MDX page's module with a "use astro:head-inject" directive, and rolldown warns, once per MDX
    // file, that it may not keep it (withastro/astro#18087: harmless, the output is right). Twelve lines per file
    // buried every build's real messages (1,000 guides printed 1.2 MB of them); this one warning is dropped, no other.
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
          handler(level, log);
        },
      },
    },
    // One shared chunk for what the tools share (the kit and the date and model code two tools use), cached across
    // the tool pages: rolldown would otherwise split it by which tools use which part, and every small chunk costs
    // a request and compresses worse. The .ics writer stays apart: it loads only on its button's click.
    // The preload helper gets a chunk of its own first: the kit imports it (for copy and download), and the search
    // button on every page needs it, so inside the kit it would bring the whole kit to every page.
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  { name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: 2 },
                  { name: 'kit', test: isSharedToolCode, minShareCount: 3, priority: 1 },
                ],
              },
            },
          },
        },
      },
    },
  },
  security: { csp: { directives: [...CSP_DIRECTIVES], scriptDirective: { resources: ["'self'", ...CSP_SCRIPT_EXTRA] } } },
  // The content-schema tests sync broken fixtures; a cache of their own keeps them from touching the real build's.
  ...(process.env.REFUND_ATLAS_CACHE_DIR ? { cacheDir: process.env.REFUND_ATLAS_CACHE_DIR } : {}),
  // Lets several builds run side by side (parallel work, the 1,000-page benchmark) without sharing dist/.
  ...(process.env.REFUND_ATLAS_OUT_DIR ? { outDir: process.env.REFUND_ATLAS_OUT_DIR } : {}),
});
