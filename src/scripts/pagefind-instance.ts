import { configureInstance, getInstanceManager } from '@pagefind/component-ui';
// As a URL, not an import: imported CSS would be bundled into every page's stylesheet, even for readers who never search.
import componentCssUrl from '@pagefind/component-ui/css/pagefind-component-ui.css?url';

function loadComponentCss(): void {
  if (document.querySelector('link[data-pagefind-css]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = componentCssUrl;
  link.dataset.pagefindCss = '';
  document.head.append(link);
}

/** One Pagefind instance for the page, pointed at the bundle under the site's base path. */
export function searchInstance() {
  loadComponentCss();
  const manager = getInstanceManager();
  if (!manager.hasInstance('default')) {
    configureInstance('default', { bundlePath: `${import.meta.env.BASE_URL}pagefind/`, baseUrl: import.meta.env.BASE_URL, excerptLength: 24 });
  }
  return manager.getInstance('default');
}
