import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import StaleNotice from '../../../../src/components/region/StaleNotice.astro';
import { holidayRegionOf } from '../../../../src/site/generateHolidays';
import { regionPageModel } from '../../../../src/site/regionPage/pageModel';
import { region } from '../../regions/helpers';

const uk = region('uk');
/** The UK page's model as the page computes it, reviewed on `lastReviewed` and built on 26 November 2026. */
const pageReviewedOn = (lastReviewed: string) =>
  regionPageModel({
    filePath: 'content/regions/uk.mdx',
    data: { ...uk, lastReviewed },
    hasBody: true,
    bodyHeadings: [],
    buildDate: '2026-11-26',
    holidayRegion: holidayRegionOf({ id: 'uk', data: uk }),
  });
const returnsPage = pageReviewedOn('2026-11-26').returnsPage;

describe('the "may be out of date" notice (rendered)', () => {
  it('appears, as a note, for a region last reviewed more than 6 months before the build', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(StaleNotice, { props: { page: pageReviewedOn('2026-03-01') } });
    expect(html).toMatch(/<div class="notice stale-notice"[^>]*role="note"/);
    expect(html).toContain('may be out of date');
    expect(html).toContain('more than 6 months ago');
    expect(html).toMatch(/<time datetime="2026-03-01"[^>]*>1 March 2026<\/time>/);
    expect(html).toContain(`href="${returnsPage.url.replaceAll('&', '&amp;')}"`);
    expect(returnsPage.url).toMatch(/^https:\/\/www\.amazon\.co\.uk\//);
  });

  it('stays away for a region reviewed within 6 months', async () => {
    const container = await AstroContainer.create();
    for (const lastReviewed of ['2026-11-26', '2026-05-27']) {
      const html = await container.renderToString(StaleNotice, { props: { page: pageReviewedOn(lastReviewed) } });
      expect(html, lastReviewed).not.toContain('role="note"');
      expect(html, lastReviewed).not.toContain('out of date');
    }
  });
});
