import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import StaleNotice from '../../../../src/components/region/StaleNotice.astro';

const returnsPage = { title: 'Returns and refunds (Amazon.co.uk help)', url: 'https://www.amazon.co.uk/gp/help/customer/display.html?nodeId=GKQNFKFK5CF3C54B' };

describe('the "may be out of date" notice (rendered)', () => {
  it('appears, as a note, for a region last reviewed more than 6 months before the build', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(StaleNotice, { props: { lastReviewed: '2026-03-01', buildDate: '2026-11-26', returnsPage } });
    expect(html).toMatch(/<div class="notice stale-notice"[^>]*role="note"/);
    expect(html).toContain('may be out of date');
    expect(html).toContain('more than 6 months ago');
    expect(html).toMatch(/<time datetime="2026-03-01"[^>]*>1 March 2026<\/time>/);
    expect(html).toContain(`href="${returnsPage.url}"`);
  });

  it('stays away for a region reviewed within 6 months', async () => {
    const container = await AstroContainer.create();
    for (const lastReviewed of ['2026-11-26', '2026-05-27']) {
      const html = await container.renderToString(StaleNotice, { props: { lastReviewed, buildDate: '2026-11-26', returnsPage } });
      expect(html, lastReviewed).not.toContain('role="note"');
      expect(html, lastReviewed).not.toContain('out of date');
    }
  });
});
