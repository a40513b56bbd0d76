import { afterEach, describe, expect, it } from 'vitest';
import { buildSite, guideWith, removeBuild, type BuildResult } from '../mdx/buildSite';

// A real build: a link to a section that does not exist stops `astro build`, naming the page and the link.
let result: BuildResult | undefined;
afterEach(async () => {
  if (result) await removeBuild(result);
  result = undefined;
});

describe('a #fragment link that lands on no section', () => {
  it('stops the build, naming the page, the link and the missing id', async () => {
    result = await buildSite({
      'guides/fragment-test.mdx': guideWith('See [the contacts](/regions/us/#contact) and [the old section](/regions/us/#customer-service).'),
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('1 link with a #fragment lands on no section:');
    expect(result.output).toContain('/guides/fragment-test/: href="/regions/us/#customer-service": /regions/us/ has no element with id "customer-service"');
    expect(result.output).not.toContain('#contact"');
  });
});
