/**
 * When nothing is found (browser): tips that are links (a shorter query, without the filters, the
 * other language's edition), then, once known, what to search instead: for English a "did you
 * mean" from the index's own words, for Chinese the shorter words of the query that do match.
 * Used by search-ui.browser.ts.
 */
import { hasHan, hasLatin, segmentWords, shorterQuery, type ParsedQuery } from '../../search/query.ts';
import { writeState, type SearchState } from '../../search/state.ts';
import { didYouMean } from '../../search/typos.ts';
import { loadVocabulary, type RecordResult } from './search-engine.browser.ts';
import { el, linkItem, type Formatter } from './search-results.browser.ts';

export interface Edition {
  segment: string;
  lang: string;
}

export interface SuggestContext {
  t: Formatter;
  /** The page's edition: its segment (`zh-hans`) and language (`zh-Hans`). */
  segment: string;
  lang: string;
  base: string;
  /** The edition in the other language, if the site has one. */
  elsewhere: Edition | undefined;
  search: (
    segment: string,
    raw: string,
    state: SearchState,
    signal: AbortSignal,
  ) => Promise<{ first: RecordResult[] }>;
  /** True once a newer query has started: its suggestions are no longer wanted. */
  stale: () => boolean;
}

/** Fills the "nothing found" block's list: the tips at once, the suggestion when it is known. */
export async function renderSuggestions(
  empty: HTMLElement,
  ctx: SuggestContext,
  state: SearchState,
  q: ParsedQuery,
): Promise<void> {
  const { t } = ctx;
  const ul = empty.querySelector('ul')!;
  const searchFor = (query: string) => writeState({ ...state, q: query }) || '?';
  const lead = el('li', 'search-empty__lead');
  const items: Node[] = [lead];
  const shorter = shorterQuery(q);
  if (shorter && !hasHan(q))
    items.push(linkItem(t('search.tipShorter', { query: shorter }), searchFor(shorter)));
  if (state.year || state.section) {
    items.push(linkItem(t('search.tipFilters'), writeState({ q: state.q, year: '', section: '' }) || '?'));
  }
  const { elsewhere } = ctx;
  if (elsewhere) {
    items.push(
      linkItem(
        t('search.tipEdition', { edition: t(`search.edition.${elsewhere.segment}`) }),
        `${ctx.base}${elsewhere.segment}/search/${writeState({ q: state.q, year: state.year, section: state.section })}`,
        elsewhere.lang,
      ),
    );
  }
  lead.textContent = t('search.tipWords');
  ul.replaceChildren(...items);
  // English: "did you mean" from the index's own words; Chinese: the shorter words that match.
  try {
    if (ctx.lang === 'en' && hasLatin(q)) await suggestSpelling(lead, ctx, q, searchFor);
    else if (ctx.lang.startsWith('zh') && hasHan(q)) await suggestWords(lead, ctx, state, q, searchFor);
  } catch (error) {
    console.error(error);
  }
}

/** English: the nearest query spelled with the index's own words. */
async function suggestSpelling(
  lead: HTMLElement,
  ctx: SuggestContext,
  q: ParsedQuery,
  searchFor: (query: string) => string,
): Promise<void> {
  const suggestion = didYouMean(q.text, await loadVocabulary(ctx.base));
  if (ctx.stale() || !suggestion) return;
  const a = el('a', 'search-empty__suggestion', ctx.t('search.didYouMean', { query: suggestion }));
  a.href = searchFor(suggestion);
  a.dataset['searchSuggestion'] = suggestion;
  lead.replaceChildren(a);
}

/** Chinese: the words of the query (its phrases and segments) that are found on their own. */
async function suggestWords(
  lead: HTMLElement,
  ctx: SuggestContext,
  state: SearchState,
  q: ParsedQuery,
  searchFor: (query: string) => string,
): Promise<void> {
  const words = [
    ...new Set(
      q.tokens.filter((tk) => tk.kind === 'han').flatMap((tk) => [...tk.phrases, ...segmentWords(tk.text)]),
    ),
  ].filter((w) => [...w].length >= 2 && !q.tokens.some((tk) => tk.text === w));
  const found: string[] = [];
  for (const w of words.slice(0, 6)) {
    const r = await ctx.search(ctx.segment, w, { ...state, q: w }, new AbortController().signal);
    if (ctx.stale()) return;
    if (r.first.length > 0) found.push(w);
  }
  if (found.length === 0) return;
  lead.replaceChildren(ctx.t('search.tipWordsFound'));
  found.forEach((w, i) => {
    const a = el('a', 'search-empty__suggestion', w);
    a.href = searchFor(w);
    a.dataset['searchSuggestion'] = w;
    lead.append(...(i > 0 ? ['、'] : []), a);
  });
}
