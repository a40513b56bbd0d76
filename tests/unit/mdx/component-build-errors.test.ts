import { afterEach, describe, expect, it } from 'vitest';
import { buildSite, guideWith, removeBuild, type BuildResult } from './buildSite';

// Real builds: a misused component must stop `astro build` with the MDX file and what is wrong, in the words an
// editor needs to fix it.
const file = 'guides/component-test.mdx';
let result: BuildResult | undefined;
afterEach(async () => {
  if (result) await removeBuild(result);
  result = undefined;
});

describe('a component misused in a guide stops the build', () => {
  it('RegionValue with a path that does not exist names the file and the path', async () => {
    result = await buildSite({ [file]: guideWith('The window is <RegionValue region="uk" path="returnWindow.dayz" />.') });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(`content/${file}`);
    expect(result.output).toContain('<RegionValue region="uk" path="returnWindow.dayz" />: the path "returnWindow.dayz" does not exist in content/regions/uk.mdx');
    expect(result.output).toContain('returnWindow has no field "dayz" (it has: days');
  });

  it('Related with an unknown guide names the file and the id', async () => {
    result = await buildSite({ [file]: guideWith('<Related ids={["pack-the-item", "pack-it-up"]} />') });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(`content/${file}`);
    expect(result.output).toContain('<Related>: no guide is called "pack-it-up"');
  });

  it('a valid use of every component builds', async () => {
    result = await buildSite({
      [file]: guideWith(
        [
          'Window: <RegionValue region="uk" path="returnWindow.days" />. Canada: <RegionValue region="ca" path="refund.paymentTimes" />.',
          '<Steps>\n\n1. One\n2. Two\n\n</Steps>',
          '<Callout type="tip" title="A tip">Text.</Callout>',
          '<RegionTable path="returnWindow" caption="Standard return window" />',
          '<RegionTable view="card-refund-time" />',
          '<FaqItem id="what-is-the-a-to-z-guarantee" />',
          '<Related ids="pack-the-item, legal-rights" />',
        ].join('\n\n'),
      ),
    });
    expect(result.output).not.toMatch(/\[ERROR\]/);
    expect(result.ok).toBe(true);
  });
});
