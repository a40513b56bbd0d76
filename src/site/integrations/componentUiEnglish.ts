import type { Plugin } from 'vite';

/**
 * Pagefind's Component UI bundles its interface strings in 44 languages and picks one by the page's `lang` (falling
 * back to English). This site is English (html lang="en"), so the other 43 are dead weight in the search page's
 * script: its chunk shrinks from 158 to 99 KB raw and from 38.9 to 24.2 KB gzip without them, and they were parsed
 * and built on every search page in the task that defines the components (about a third of that task's time). This
 * plugin leaves English alone in the bundle.
 *
 * It edits the package's built file (@pagefind/component-ui is pinned in package.json), so it checks the shape it
 * expects and stops the build, naming the file, if an update changed it: then look at the new bundle and adjust.
 */
const BUNDLE = /[\\/]@pagefind[\\/]component-ui[\\/]npm_dist[\\/]mjs[\\/]component-ui\.mjs$/;
/** One language's strings, as esbuild inlines each translations/<lang>.json: up to the next file's comment. */
const LANGUAGE_BLOCK = /\/\/ \.\.\/translations\/([\w-]+)\.json\n[\s\S]*?(?=\n\/\/ )/g;
const MODULE_LIST = /var modules = \[[^\]]*\];/;
const FILE_LIST = /var filenames = \[[^\]]*\];/;

/** The Component UI's bundle with only the English strings; throws if the bundle is not shaped as expected. */
export function englishOnly(source: string, file = '@pagefind/component-ui'): string {
  const languages: string[] = [];
  let stripped = source.replace(LANGUAGE_BLOCK, (block, language: string) => {
    languages.push(language);
    return language === 'en' ? block : '';
  });
  if (!languages.includes('en') || languages.length < 2 || !MODULE_LIST.test(stripped) || !FILE_LIST.test(stripped)) {
    throw new Error(`${file}: the Component UI's bundled translations are not where src/site/integrations/componentUiEnglish.ts looks for them (found ${languages.length} language blocks); update it for this version`);
  }
  stripped = stripped.replace(MODULE_LIST, 'var modules = [en_exports];').replace(FILE_LIST, 'var filenames = ["../../translations/en.json"];');
  return stripped;
}

export function componentUiEnglish(): Plugin {
  return {
    name: 'refund-atlas:component-ui-english',
    apply: 'build',
    transform(code, id) {
      if (!BUNDLE.test(id)) return undefined;
      return { code: englishOnly(code, id), map: null };
    },
  };
}
