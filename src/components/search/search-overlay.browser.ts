/**
 * The header's in-place search (browser), loaded when the reader focuses the header box (or
 * arrives at an address with `?q=`): results open over the page, without a page load, with the
 * search page's URL state on the current page (`/zh-hans/2024/?q=网格`), so Back closes them and
 * Forward brings them back. The header form stays a plain GET form to the search page for readers
 * without JavaScript; the search page stays for shared links.
 */
import type { SearchState } from '../../search/state.ts';
import searchCss from '../../styles/search.css?inline';
import overlayCss from '../../styles/search-overlay.css?inline';
import { mountSearch, type Config } from './search-ui.browser.ts';

// The styles travel with the script (a constructed stylesheet: no inline <style> for the CSP).
const sheet = new CSSStyleSheet();
sheet.replaceSync(`${searchCss}\n${overlayCss}`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const form = document.querySelector<HTMLFormElement>('form.header-search');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

/** The panel: the same parts the search page has (status, busy, alert, results, tips, offer). */
function panel(config: Config): HTMLElement {
  const strings = config.strings;
  const root = el('section', 'search-overlay search-page', {
    'aria-label': strings['search.title'] ?? '',
    'data-search-overlay': '',
  });
  root.hidden = true;
  const inner = el('div', 'wrap search-overlay__inner');
  const close = el('button', 'search-overlay__close', { type: 'button', 'data-search-close': '' });
  close.textContent = strings['search.close'] ?? '×';
  const status = el('p', 'search-status', { role: 'status', 'data-search-status': '' });
  const busy = el('p', 'search-busy', { 'data-search-busy': '' });
  busy.textContent = strings['search.loading'] ?? '';
  busy.hidden = true;
  const error = el('div', 'search-error', { role: 'alert', 'data-search-error': '' });
  const list = el('ol', 'search-results', { 'data-search-results': '' });
  const more = el('button', 'button search-more', { type: 'button', 'data-search-more': '' });
  more.textContent = strings['search.more'] ?? '';
  more.hidden = true;
  const empty = el('div', 'search-empty', { 'data-search-empty': '' });
  empty.hidden = true;
  const tips = el('p');
  tips.textContent = strings['search.tips'] ?? '';
  empty.append(tips, el('ul'));
  const other = el('section', 'search-other', {
    'data-search-other': '',
    'aria-labelledby': 'search-overlay-other-title',
  });
  other.hidden = true;
  const otherTitle = el('h2', '', { id: 'search-overlay-other-title', 'data-search-other-title': '' });
  other.append(otherTitle, el('p', '', { 'data-search-other-intro': '' }), el('ol', 'search-results'));
  inner.append(close, status, busy, error, list, more, empty, other);
  root.append(inner);
  return root;
}

async function start(): Promise<void> {
  if (!form || !input) return;
  const base = form.dataset['base'] ?? '/';
  const segment = form.dataset['segment'] ?? '';
  const response = await fetch(`${base}${segment}/search/config.json`);
  if (!response.ok) throw new Error(`search config: HTTP ${response.status}`);
  const config = (await response.json()) as Config;
  const root = panel(config);
  (document.querySelector('header') ?? form).after(root);
  const open = (state: SearchState) => {
    const on = state.q.trim() !== '';
    root.hidden = !on;
    form.classList.toggle('header-search--open', on);
  };
  const ui = mountSearch(root, config, { base, form, input, pushFirst: true, onState: open });
  const closeSearch = () => {
    // Step back over the entries search made, so Back after closing leaves the page as it was.
    if ((history.state as { search?: boolean } | null)?.search) history.back();
    else {
      history.replaceState(history.state, '', `${location.pathname}${location.hash}`);
      input.value = '';
      ui.run({ q: '', year: '', section: '' });
    }
  };
  root.querySelector('[data-search-close]')?.addEventListener('click', closeSearch);
  addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !root.hidden) {
      closeSearch();
      input.focus();
    }
  });
  document.documentElement.dataset['searchOverlayState'] = 'ready';
}

start().catch((error: unknown) => {
  // The header form still works as a plain form to the search page.
  console.error(error);
  document.documentElement.dataset['searchOverlayState'] = 'failed';
});
