/**
 * `<site-search>` (browser): the search page (/{edition}/search/ only loads this). The server HTML
 * is a working GET form with empty result parts; upgraded, the element mounts the search UI on the
 * page's own form and result list (`[data-search]` inside it), configured by the JSON the page
 * writes (`#search-config`: strings, years, sections, editions, synonyms).
 */
import { mountSearch, type Config } from './search-ui.browser.ts';

class SiteSearch extends HTMLElement {
  connectedCallback(): void {
    const root = this.querySelector<HTMLElement>('[data-search]');
    const configEl = document.getElementById('search-config');
    if (root && configEl) {
      mountSearch(root, JSON.parse(configEl.textContent ?? '{}') as Config, {
        base: import.meta.env.BASE_URL,
      });
    }
  }
}

customElements.define('site-search', SiteSearch);
