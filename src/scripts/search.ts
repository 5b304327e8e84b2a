/**
 * The search page (browser): mounts the search UI on the page's own form and result list.
 * Only /{edition}/search/ loads this.
 */
import { mountSearch, type Config } from './search-ui.ts';

const root = document.querySelector<HTMLElement>('[data-search]');
const configEl = document.getElementById('search-config');

if (root && configEl) {
  mountSearch(root, JSON.parse(configEl.textContent ?? '{}') as Config, { base: import.meta.env.BASE_URL });
}
