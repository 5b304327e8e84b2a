/**
 * The search UI (browser), shared by the search page (`<site-search>`) and the header's in-place
 * search (search-overlay.browser.ts): a small UI over Pagefind's JS API. The page renders a
 * working GET form; this makes it search as you type, keeps query and filters in the URL (so Back
 * works), names the query in the document title, and shows passages grouped under review and
 * section, more on demand, suggestions when nothing is found, results from the other language's
 * edition, and a clear message when the index cannot load or is damaged.
 *
 * This module wires the page's events. Its parts: search-parts (config, options, the page's
 * elements), search-session (the query in flight and what is shown), search-address (URL, title,
 * language switch), search-results (the result DOM), search-suggestions (nothing found),
 * search-controls (filters fold, arrow keys), and the engine (search-engine, search-pagefind).
 */
import { readState, type SearchState } from '../../search/state.ts';
import type { UrlMode } from './search-address.browser.ts';
import { arrowKeys, foldFilters } from './search-controls.browser.ts';
import { openIndex } from './search-pagefind.browser.ts';
import { partsOf, type Config, type MountOptions } from './search-parts.browser.ts';
import { SearchSession } from './search-session.browser.ts';

export type { Config, MountOptions } from './search-parts.browser.ts';

/** Mounts the search UI on `root`, which holds the status, results and message elements. */
export function mountSearch(
  root: HTMLElement,
  config: Config,
  options: MountOptions,
): { run: (s: SearchState) => void } {
  const parts = partsOf(root, options);
  const session = new SearchSession(root, config, options, parts);
  const { form, input, year, section, moreButton } = parts;
  const run = (mode: UrlMode) => void session.run(session.current(), mode);
  foldFilters(root, session.t);
  moreButton.addEventListener('click', () => void session.showMore());
  const cancelTyping = listenToTyping(input, () => run('auto'));
  // Load Pagefind and the edition's index metadata before the first query, as soon as the reader is
  // in the box (a URL with ?q= searches at once). Not on idle: compiling the wasm on an idle page
  // costs a phone ~100 ms of main-thread time that a reader who only came to look does not need.
  const preload = () => void openIndex(options.base, config.lang.toLowerCase()).catch(() => {});
  input.addEventListener('focus', preload, { once: true });
  input.addEventListener('pointerdown', preload, { once: true });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    cancelTyping();
    run('push');
  });
  for (const select of [year, section]) select?.addEventListener('change', () => run('push'));
  addEventListener('popstate', () => {
    session.apply(readState(location.search, session.allowed));
    run('none');
  });
  arrowKeys(root, input);

  const initial = readState(location.search, session.allowed);
  session.apply(initial);
  root.dataset['ready'] = '';
  if (initial.q.trim()) void session.run(initial, 'none');
  return { run: (s: SearchState) => void session.run(s, 'none') };
}

/** Typing: results as you type, debounced; an IME's half-typed pinyin is not searched. Returns a cancel for the pending search. */
function listenToTyping(input: HTMLInputElement, search: () => void): () => void {
  let composing = false;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(debounce);
    debounce = setTimeout(search, 150);
  };
  input.addEventListener('compositionstart', () => (composing = true));
  input.addEventListener('compositionend', () => {
    composing = false;
    schedule();
  });
  input.addEventListener('input', (e) => {
    if (composing || (e as InputEvent).isComposing) return;
    performance.mark('search:input');
    schedule();
  });
  return () => clearTimeout(debounce);
}
