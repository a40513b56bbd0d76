import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { englishOnly } from '../../../src/site/integrations/componentUiEnglish';

const bundlePath = createRequire(import.meta.url).resolve('@pagefind/component-ui');
const bundle = readFileSync(bundlePath.replace(/cjs[\\/]component-ui\.cjs$/, 'mjs/component-ui.mjs'), 'utf8');

describe('englishOnly', () => {
  it('keeps the English strings of the installed Component UI and drops the other languages', () => {
    const stripped = englishOnly(bundle);
    expect(stripped).toContain('// ../translations/en.json');
    expect(stripped).toContain('many_results: "[COUNT] results for [SEARCH_TERM]"');
    expect(stripped).toContain('var modules = [en_exports];');
    expect(stripped).toContain('var filenames = ["../../translations/en.json"];');
    expect(stripped).not.toContain('// ../translations/fr.json');
    expect(stripped).not.toContain('fr_exports');
    expect(stripped.length).toBeLessThan(bundle.length * 0.7);
    // The components themselves are all still there.
    expect(stripped.match(/customElements\.define\(/g)?.length).toBe(bundle.match(/customElements\.define\(/g)?.length);
  });

  it('stops the build, naming the file, when a bundle is not shaped as it expects', () => {
    expect(() => englishOnly('var modules = [];', 'component-ui.mjs')).toThrow(/component-ui\.mjs: the Component UI's bundled translations/);
    expect(() => englishOnly(bundle.replace(/var filenames = \[/, 'var files = ['), 'x.mjs')).toThrow(/x\.mjs/);
  });
});
