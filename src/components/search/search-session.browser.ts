/**
 * One search UI's state and rendering (browser), for search-ui.browser.ts: the query in flight
 * (a newer one cancels it), the results shown, more on demand, the other edition's offer, the
 * suggestions when nothing is found, and the message when the index fails.
 */
import { hasHan, hasLatin, parseQuery, type ParsedQuery } from '../../search/query.ts';
import { pagefindFilters, type SearchState } from '../../search/state.ts';
import { createFormatter } from '../../search/strings.ts';
import { titleFollower, updateLanguageSwitch, urlFollower, type UrlMode } from './search-address.browser.ts';
import { DamagedIndexError, searchEdition, type EditionSearch } from './search-engine.browser.ts';
import {
  el,
  groupItem,
  groupsOf,
  passageCount,
  type Formatter,
  type GroupView,
} from './search-results.browser.ts';
import type { Config, MountOptions, Parts } from './search-parts.browser.ts';
import { renderSuggestions, type Edition } from './search-suggestions.browser.ts';

/** One search UI: its state (the query in flight, the results shown) and how it renders them. */
export class SearchSession {
  readonly t: Formatter;
  readonly allowed: { years: string[]; sections: string[] };
  seq = 0;
  #controller: AbortController | undefined;
  #own: EditionSearch | undefined;
  #shownPassages = 0;
  readonly #updateUrl: (state: SearchState, mode: UrlMode) => void;
  readonly #updateTitle: (query: string) => void;
  readonly #english: Edition | undefined;
  readonly #chinese: Edition | undefined;

  readonly root: HTMLElement;
  readonly config: Config;
  readonly options: MountOptions;
  readonly parts: Parts;

  constructor(root: HTMLElement, config: Config, options: MountOptions, parts: Parts) {
    this.root = root;
    this.config = config;
    this.options = options;
    this.parts = parts;
    this.t = createFormatter(config.strings, config.lang);
    this.allowed = { years: config.years, sections: config.sections };
    this.#english = config.editions.find((e) => e.lang === 'en');
    this.#chinese = config.editions.find((e) => e.segment === 'zh-hans');
    this.#updateUrl = urlFollower(this.allowed, options.pushFirst === true);
    this.#updateTitle = titleFollower((query) => this.t('search.titleQuery', { query }));
  }

  current(): SearchState {
    const { input, year, section } = this.parts;
    return { q: input.value, year: year?.value ?? '', section: section?.value ?? '' };
  }

  apply(s: SearchState): void {
    const { input, year, section } = this.parts;
    input.value = s.q;
    if (year) year.value = s.year;
    if (section) section.value = s.section;
  }

  #edition(segment: string): Edition | undefined {
    return this.config.editions.find((e) => e.segment === segment);
  }

  readonly search = (segment: string, raw: string, state: SearchState, signal: AbortSignal) =>
    searchEdition(raw, {
      base: this.options.base,
      segment,
      lang: (this.#edition(segment)?.lang ?? segment).toLowerCase(),
      pageSegment: this.config.segment,
      synonyms: this.config.synonyms[segment],
      filters: pagefindFilters(state),
      signal,
    });

  /** The edition that can answer a query typed in the other language, if any. */
  #otherEditionFor(q: ParsedQuery): Edition | undefined {
    if (this.config.lang === 'en') return hasHan(q) ? this.#chinese : undefined;
    return hasLatin(q) && !hasHan(q) ? this.#english : undefined;
  }

  async run(state: SearchState, mode: UrlMode): Promise<void> {
    const id = ++this.seq;
    const { root, parts } = this;
    // A newer query cancels the older one: it stops fetching, not just its rendering.
    if (this.#controller && !this.#controller.signal.aborted) {
      this.#controller.abort();
      root.dataset['cancelled'] = String(Number(root.dataset['cancelled'] ?? 0) + 1);
    }
    const ac = new AbortController();
    this.#controller = ac;
    performance.mark(`search:start:${id}`);
    this.#updateUrl(state, mode);
    updateLanguageSwitch(state);
    this.#updateTitle(state.q.trim());
    this.options.onState?.(state);
    const q = parseQuery(state.q);
    if (q.tokens.length === 0) {
      this.#render(state, q, undefined, [], undefined);
      return;
    }
    const slow = setTimeout(() => {
      if (id === this.seq) parts.busy.hidden = false;
    }, 300);
    parts.list.setAttribute('aria-busy', 'true');
    try {
      const offer = this.#otherEditionFor(q);
      const [mine, theirs] = await Promise.all([
        this.search(this.config.segment, state.q, state, ac.signal),
        offer ? this.search(offer.segment, state.q, state, ac.signal) : undefined,
      ]);
      if (ac.signal.aborted) return;
      this.#own = mine.search;
      const base = this.options.base;
      const offered =
        theirs && theirs.first.length > 0
          ? { shown: theirs.search.shown, groups: groupsOf(base, theirs.search, theirs.first) }
          : undefined;
      this.#render(state, q, mine.search, groupsOf(base, mine.search, mine.first), offered);
      performance.mark(`search:rendered:${id}`);
    } catch (error) {
      if (ac.signal.aborted) return;
      console.error(error);
      this.#showFailure(error instanceof DamagedIndexError);
    } finally {
      clearTimeout(slow);
      if (id === this.seq) {
        parts.busy.hidden = true;
        parts.list.removeAttribute('aria-busy');
      }
    }
  }

  #countMessage(query: string): string {
    const more = this.#own && this.#own.loaded < this.#own.total;
    return this.t(more ? 'search.countMore' : 'search.count', { count: this.#shownPassages, query });
  }

  #render(
    state: SearchState,
    q: ParsedQuery,
    s: EditionSearch | undefined,
    groups: GroupView[],
    offer: { groups: GroupView[]; shown: string } | undefined,
  ): void {
    const { t, parts } = this;
    parts.failure.replaceChildren();
    parts.list.replaceChildren(...groups.map((g) => groupItem(t, g, 'h2')));
    this.#shownPassages = passageCount(groups);
    parts.moreButton.hidden = !s || s.loaded >= s.total || this.#shownPassages === 0;
    parts.other.hidden = !offer;
    parts.empty.hidden = !(q.tokens.length > 0 && this.#shownPassages === 0);
    const query = state.q.trim();
    let message = '';
    if (q.tokens.length > 0)
      message = this.#shownPassages > 0 ? this.#countMessage(query) : t('search.none', { query });
    if (offer) message += this.#renderOffer(offer, query);
    if (!parts.empty.hidden) void this.#suggest(state, q);
    parts.status.textContent = message;
  }

  /** Fills the other edition's block; returns the sentence the status adds about it. */
  #renderOffer(offer: { groups: GroupView[]; shown: string }, query: string): string {
    const { t, parts, config } = this;
    const name = t(`search.edition.${offer.shown}`);
    const count = passageCount(offer.groups);
    parts.other.querySelector('[data-search-other-title]')!.textContent = t('search.other', {
      edition: name,
    });
    parts.other.querySelector('[data-search-other-intro]')!.textContent = t('search.otherIntro', {
      query,
      edition: name,
    });
    const ol = parts.other.querySelector('ol')!;
    ol.lang = this.#edition(offer.shown)?.lang ?? '';
    ol.replaceChildren(...offer.groups.map((g) => groupItem(t, g, 'h3')));
    // Chinese sentences follow each other without a space.
    return `${config.lang.startsWith('zh') ? '' : ' '}${t('search.otherCount', { count, edition: name })}`;
  }

  #suggest(state: SearchState, q: ParsedQuery): Promise<void> {
    const id = this.seq;
    const { config } = this;
    return renderSuggestions(
      this.parts.empty,
      {
        t: this.t,
        segment: config.segment,
        lang: config.lang,
        base: this.options.base,
        elsewhere: config.lang === 'en' ? this.#chinese : this.#english,
        search: this.search,
        stale: () => id !== this.seq,
      },
      state,
      q,
    );
  }

  async showMore(): Promise<void> {
    if (!this.#own) return;
    const s = this.#own;
    const ac = this.#controller;
    const { parts } = this;
    parts.moreButton.disabled = true;
    try {
      const records = await s.more(ac?.signal);
      if (s !== this.#own) return;
      const groups = groupsOf(this.options.base, s, records);
      const items = groups.map((g) => groupItem(this.t, g, 'h2'));
      parts.list.append(...items);
      this.#shownPassages += passageCount(groups);
      parts.status.textContent = this.#countMessage(parts.input.value.trim());
      parts.moreButton.hidden = s.loaded >= s.total;
      // Keyboard readers continue at the first new result.
      items[0]?.querySelector<HTMLAnchorElement>('.search-result__link')?.focus();
    } catch (error) {
      if (ac?.signal.aborted) return;
      console.error(error);
      this.#showFailure(error instanceof DamagedIndexError);
    } finally {
      parts.moreButton.disabled = false;
    }
  }

  #showFailure(damaged: boolean): void {
    const { t, parts } = this;
    const { failure } = parts;
    parts.list.replaceChildren();
    parts.moreButton.hidden = true;
    parts.empty.hidden = true;
    parts.other.hidden = true;
    parts.status.textContent = '';
    if (damaged) {
      const reload = el('button', 'button', t('search.reload'));
      reload.type = 'button';
      reload.addEventListener('click', () => location.reload());
      failure.dataset['damaged'] = '';
      failure.replaceChildren(el('p', '', t('search.damaged')), reload);
      return;
    }
    delete failure.dataset['damaged'];
    const retry = el('button', 'button', t('search.retry'));
    retry.type = 'button';
    retry.addEventListener('click', () => void this.run(this.current(), 'none'));
    failure.replaceChildren(el('p', '', t('search.error')), retry);
  }
}
