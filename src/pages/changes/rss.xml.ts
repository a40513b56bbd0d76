import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { allChanges, changeAnchor } from '../../site/collections/changes';
import { SITE_NAME } from '../../site/config';
import { sitePath } from '../../model/urls';

/** The policy-change log as RSS, for readers and journalists who follow Amazon's return rules. */
export const GET: APIRoute = async ({ site }) => {
  const changes = await allChanges();
  return rss({
    title: `${SITE_NAME}: policy changes`,
    description: "Dated changes to Amazon's return and refund rules by marketplace, each with its source.",
    site: new URL(sitePath('/'), site).href,
    items: changes.map((change) => ({
      title: change.data.title,
      pubDate: new Date(`${change.data.date}T00:00:00Z`),
      link: sitePath(`/changes/#${changeAnchor(change)}`),
      description: plainText(change.body ?? '') || change.data.title,
    })),
    customData: '<language>en</language>',
    // Item links carry an #anchor, which must not get the site's trailing slash.
    trailingSlash: false,
  });
};

/** Feed readers show descriptions as text: keep a Markdown link's words, drop its address and emphasis marks. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();
}
