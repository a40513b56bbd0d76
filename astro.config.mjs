// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { pagefindIndex } from './src/integrations/pagefind.ts';

// The public address of the site; canonical URLs, the sitemap and Open Graph tags are built from it.
const site = process.env.SITE_URL ?? 'https://refund-atlas.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/404') }), pagefindIndex()],
  server: { host: '127.0.0.1', port: 4321 },
});
