/**
 * The search in the address bar and the tab (browser): the URL follows the query and filters (so
 * Back works and a link can be shared), the language switch takes the search along to the other
 * editions, and the document title names the query. Used by search-ui.browser.ts.
 */
import { readState, sameState, writeState, type SearchState } from '../../search/state.ts';

export type UrlMode = 'push' | 'replace' | 'auto' | 'none';

interface Allowed {
  years: string[];
  sections: string[];
}

/**
 * The URL follows the state; a new history entry once the reader has paused on a result.
 * `pushFirst`: the first query of a visit is an entry of its own (Back closes the in-place search).
 */
export function urlFollower(
  allowed: Allowed,
  pushFirst: boolean,
): (state: SearchState, mode: UrlMode) => void {
  let lastUrlChange = 0;
  return (state, mode) => {
    if (mode === 'none') return;
    const from = readState(location.search, allowed);
    if (sameState(from, state)) return;
    const url = `${location.pathname}${writeState(state)}`;
    const push =
      mode === 'push' ||
      (mode === 'auto' &&
        ((from.q.trim() !== '' && Date.now() - lastUrlChange > 2000) || (pushFirst && from.q.trim() === '')));
    // Entries made by search are marked, so closing the in-place search can step back over them.
    if (push) history.pushState({ search: true }, '', url);
    else history.replaceState(history.state, '', url);
    lastUrlChange = Date.now();
  };
}

/** The language switch takes the search along to the other editions. */
export function updateLanguageSwitch(state: SearchState): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
    a.setAttribute('href', `${(a.getAttribute('href') ?? '').split(/[?#]/)[0]}${writeState(state)}`);
  }
}

/** The document title names the query, so tabs and history say what was searched. */
export function titleFollower(titleQuery: (query: string) => string): (query: string) => void {
  const baseTitle = document.title;
  return (query) => {
    document.title = query ? `${titleQuery(query)} · ${baseTitle}` : baseTitle;
  };
}
