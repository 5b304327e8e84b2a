import { maxQueryLength } from './query.ts';

/**
 * The search page's state lives in its URL (`?q=网格&year=2024&section=lede`), so a search can be
 * shared, reloaded, and walked back through with the browser's back button.
 */
export interface SearchState {
  q: string;
  year: string;
  section: string;
}

export const emptyState: SearchState = { q: '', year: '', section: '' };

/** Reads the state; unknown filter values (a year that has no review) are dropped. */
export function readState(
  search: string,
  allowed: { years: readonly string[]; sections: readonly string[] },
): SearchState {
  const params = new URLSearchParams(search);
  const year = params.get('year') ?? '';
  const section = params.get('section') ?? '';
  return {
    q: (params.get('q') ?? '').slice(0, maxQueryLength),
    year: allowed.years.includes(year) ? year : '',
    section: allowed.sections.includes(section) ? section : '',
  };
}

/** `?q=…&year=…&section=…`, empty values left out; '' for the empty state. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.year) params.set('year', state.year);
  if (state.section) params.set('section', state.section);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export const sameState = (a: SearchState, b: SearchState): boolean =>
  a.q.trim() === b.q.trim() && a.year === b.year && a.section === b.section;

/** Pagefind's `filters` option for the state's filters. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  return {
    ...(state.year ? { year: state.year } : {}),
    ...(state.section ? { section: state.section } : {}),
  };
}

/**
 * The link from a result to the review: the paragraph's anchor, with the words to highlight
 * there (`?hl=网格`), read by the landing script on the review page.
 * `resultHref('/reviews/', 'zh-hans', '2024', 'lede-2', ['网格'])` → `/reviews/zh-hans/2024/?hl=网格#lede-2`
 */
export function resultHref(
  base: string,
  segment: string,
  year: string,
  target: string,
  words: string[],
): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const hl = words.length > 0 ? `?${new URLSearchParams({ hl: words.join(' ') }).toString()}` : '';
  return `${b}${segment}/${year}/${hl}#${encodeURIComponent(target)}`;
}
