import '@pagefind/component-ui/css/pagefind-component-ui.css';
import { configureInstance, getInstanceManager } from '@pagefind/component-ui';

/** One Pagefind instance for the page, pointed at the bundle under the site's base path. */
export function searchInstance() {
  const manager = getInstanceManager();
  if (!manager.hasInstance('default')) {
    configureInstance('default', { bundlePath: `${import.meta.env.BASE_URL}pagefind/`, excerptLength: 24 });
  }
  return manager.getInstance('default');
}
