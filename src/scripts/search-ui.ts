/**
 * The search UI (browser), shared by the search page and the header's in-place search: a small
 * UI over Pagefind's JS API. The page renders a working GET form; this makes it search as you
 * type, keeps query and filters in the URL (so Back works), names the query in the document
 * title, and shows passages grouped under review and section, more on demand, suggestions when
 * nothing is found, results from the other language's edition, and a clear message when the
 * index cannot load or is damaged.
 */
import type { EditionSynonyms } from '../search/expand.ts';
import type { ExcerptPart } from '../search/match.ts';
import {
  hasHan,
  hasLatin,
  parseQuery,
  segmentWords,
  shorterQuery,
  type ParsedQuery,
} from '../search/query.ts';
import {
  pagefindFilters,
  readState,
  resultHref,
  sameState,
  writeState,
  type SearchState,
} from '../search/state.ts';
import { createFormatter, type Strings } from '../search/strings.ts';
import { didYouMean } from '../search/typos.ts';
import {
  DamagedIndexError,
  loadVocabulary,
  searchEdition,
  type EditionSearch,
  type RecordResult,
} from './search-engine.ts';
import { openIndex } from './search-pagefind.ts';

interface Edition {
  segment: string;
  lang: string;
}

export interface Config {
  segment: string;
  lang: string;
  strings: Strings;
  years: string[];
  sections: string[];
  editions: Edition[];
  synonyms: Record<string, EditionSynonyms>;
}

interface PassageView {
  href: string;
  heading: string;
  excerpt: ExcerptPart[];
}

interface GroupView {
  year: string;
  sectionId: string;
  section: string;
  title: string;
  passages: PassageView[];
}

export interface MountOptions {
  /** The site's base path (`/` or `/reviews/`). */
  base: string;
  /** The form and box, when they are not inside `root` (the header's). */
  form?: HTMLFormElement | undefined;
  input?: HTMLInputElement | undefined;
  /** The first query of a visit is a history entry of its own (Back closes the in-place search). */
  pushFirst?: boolean;
  /** Told the state after each search starts (the overlay opens and closes on it). */
  onState?: (state: SearchState) => void;
}

/** Mounts the search UI on `root`, which holds the status, results and message elements. */
export function mountSearch(
  root: HTMLElement,
  config: Config,
  options: MountOptions,
): { run: (s: SearchState) => void } {
  const { base } = options;
  const t = createFormatter(config.strings, config.lang);
  const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel) as T;
  const form = options.form ?? $<HTMLFormElement>('form');
  const input = options.input ?? $<HTMLInputElement>('input[name="q"]');
  // A filter with a single value is not rendered (the page leaves it out): it is then ''.
  const year = root.querySelector<HTMLSelectElement>('select[name="year"]');
  const section = root.querySelector<HTMLSelectElement>('select[name="section"]');
  const status = $<HTMLElement>('[data-search-status]');
  const busy = $<HTMLElement>('[data-search-busy]');
  const list = $<HTMLOListElement>('[data-search-results]');
  const moreButton = $<HTMLButtonElement>('[data-search-more]');
  const empty = $<HTMLElement>('[data-search-empty]');
  const other = $<HTMLElement>('[data-search-other]');
  const failure = $<HTMLElement>('[data-search-error]');
  const edition = (segment: string) => config.editions.find((e) => e.segment === segment);
  const english = config.editions.find((e) => e.lang === 'en');
  const chinese = config.editions.find((e) => e.segment === 'zh-hans');
  const baseTitle = document.title;

  let seq = 0;
  let controller: AbortController | undefined;
  let lastUrlChange = 0;
  let composing = false;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let own: EditionSearch | undefined;
  let shownPassages = 0;

  const current = (): SearchState => ({
    q: input.value,
    year: year?.value ?? '',
    section: section?.value ?? '',
  });
  const apply = (s: SearchState) => {
    input.value = s.q;
    if (year) year.value = s.year;
    if (section) section.value = s.section;
  };
  const allowed = { years: config.years, sections: config.sections };

  /** The URL follows the state; a new history entry once the reader has paused on a result. */
  function updateUrl(state: SearchState, mode: 'push' | 'replace' | 'auto' | 'none'): void {
    if (mode === 'none') return;
    const from = readState(location.search, allowed);
    if (sameState(from, state)) return;
    const url = `${location.pathname}${writeState(state)}`;
    const push =
      mode === 'push' ||
      (mode === 'auto' &&
        ((from.q.trim() !== '' && Date.now() - lastUrlChange > 2000) ||
          (options.pushFirst === true && from.q.trim() === '')));
    // Entries made by search are marked, so closing the in-place search can step back over them.
    if (push) history.pushState({ search: true }, '', url);
    else history.replaceState(history.state, '', url);
    lastUrlChange = Date.now();
  }

  /** The language switch takes the search along to the other editions. */
  function updateLanguageSwitch(state: SearchState): void {
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
      a.setAttribute('href', `${(a.getAttribute('href') ?? '').split(/[?#]/)[0]}${writeState(state)}`);
    }
  }

  /** The document title names the query, so tabs and history say what was searched. */
  function updateTitle(query: string): void {
    document.title = query ? `${t('search.titleQuery', { query })} · ${baseTitle}` : baseTitle;
  }

  const search = (segment: string, raw: string, state: SearchState, signal: AbortSignal) =>
    searchEdition(raw, {
      base,
      segment,
      lang: (edition(segment)?.lang ?? segment).toLowerCase(),
      pageSegment: config.segment,
      synonyms: config.synonyms[segment],
      filters: pagefindFilters(state),
      signal,
    });

  /** Results grouped under their review and section, each passage linking to its own anchor. */
  function groupsOf(s: EditionSearch, records: RecordResult[]): GroupView[] {
    return records.map((r) => ({
      year: r.year,
      sectionId: r.section,
      section: (s.convert ?? String)(r.fragment.meta['section'] ?? ''),
      title: (s.convert ?? String)(r.fragment.meta['title'] ?? ''),
      passages: r.passages.map((p) => ({
        href: resultHref(base, s.shown, r.year, p.block.target || r.section, p.words),
        heading: p.heading,
        excerpt: p.excerpt,
      })),
    }));
  }

  /** The edition that can answer a query typed in the other language, if any. */
  function otherEditionFor(q: ParsedQuery): Edition | undefined {
    if (config.lang === 'en') return hasHan(q) ? chinese : undefined;
    return hasLatin(q) && !hasHan(q) ? english : undefined;
  }

  async function run(state: SearchState, mode: 'push' | 'replace' | 'auto' | 'none'): Promise<void> {
    const id = ++seq;
    // A newer query cancels the older one: it stops fetching, not just its rendering.
    if (controller && !controller.signal.aborted) {
      controller.abort();
      root.dataset['cancelled'] = String(Number(root.dataset['cancelled'] ?? 0) + 1);
    }
    const ac = new AbortController();
    controller = ac;
    performance.mark(`search:start:${id}`);
    updateUrl(state, mode);
    updateLanguageSwitch(state);
    updateTitle(state.q.trim());
    options.onState?.(state);
    const q = parseQuery(state.q);
    if (q.tokens.length === 0) {
      render(state, q, undefined, [], undefined);
      return;
    }
    const slow = setTimeout(() => {
      if (id === seq) busy.hidden = false;
    }, 300);
    list.setAttribute('aria-busy', 'true');
    try {
      const offer = otherEditionFor(q);
      const [mine, theirs] = await Promise.all([
        search(config.segment, state.q, state, ac.signal),
        offer ? search(offer.segment, state.q, state, ac.signal) : undefined,
      ]);
      if (ac.signal.aborted) return;
      own = mine.search;
      const offered =
        theirs && theirs.first.length > 0
          ? { shown: theirs.search.shown, groups: groupsOf(theirs.search, theirs.first) }
          : undefined;
      render(state, q, mine.search, groupsOf(mine.search, mine.first), offered);
      performance.mark(`search:rendered:${id}`);
    } catch (error) {
      if (ac.signal.aborted) return;
      console.error(error);
      showFailure(error instanceof DamagedIndexError);
    } finally {
      clearTimeout(slow);
      if (id === seq) {
        busy.hidden = true;
        list.removeAttribute('aria-busy');
      }
    }
  }

  function countMessage(query: string): string {
    const more = own && own.loaded < own.total;
    return t(more ? 'search.countMore' : 'search.count', { count: shownPassages, query });
  }

  function render(
    state: SearchState,
    q: ParsedQuery,
    s: EditionSearch | undefined,
    groups: GroupView[],
    offer: { groups: GroupView[]; shown: string } | undefined,
  ): void {
    failure.replaceChildren();
    list.replaceChildren(...groups.map((g) => groupItem(g, 'h2')));
    shownPassages = groups.reduce((n, g) => n + g.passages.length, 0);
    moreButton.hidden = !s || s.loaded >= s.total || shownPassages === 0;
    other.hidden = !offer;
    empty.hidden = !(q.tokens.length > 0 && shownPassages === 0);
    const query = state.q.trim();
    let message = '';
    if (q.tokens.length > 0) message = shownPassages > 0 ? countMessage(query) : t('search.none', { query });
    if (offer) {
      const name = t(`search.edition.${offer.shown}`);
      const count = offer.groups.reduce((n, g) => n + g.passages.length, 0);
      // Chinese sentences follow each other without a space.
      message += `${config.lang.startsWith('zh') ? '' : ' '}${t('search.otherCount', { count, edition: name })}`;
      other.querySelector('[data-search-other-title]')!.textContent = t('search.other', { edition: name });
      other.querySelector('[data-search-other-intro]')!.textContent = t('search.otherIntro', {
        query,
        edition: name,
      });
      const ol = other.querySelector('ol')!;
      ol.lang = edition(offer.shown)?.lang ?? '';
      ol.replaceChildren(...offer.groups.map((g) => groupItem(g, 'h3')));
    }
    if (!empty.hidden) void renderSuggestions(state, q);
    status.textContent = message;
  }

  async function showMore(): Promise<void> {
    if (!own) return;
    const s = own;
    const ac = controller;
    moreButton.disabled = true;
    try {
      const records = await s.more(ac?.signal);
      if (s !== own) return;
      const groups = groupsOf(s, records);
      const items = groups.map((g) => groupItem(g, 'h2'));
      list.append(...items);
      shownPassages += groups.reduce((n, g) => n + g.passages.length, 0);
      status.textContent = countMessage(input.value.trim());
      moreButton.hidden = s.loaded >= s.total;
      // Keyboard readers continue at the first new result.
      items[0]?.querySelector<HTMLAnchorElement>('.search-result__link')?.focus();
    } catch (error) {
      if (ac?.signal.aborted) return;
      console.error(error);
      showFailure(error instanceof DamagedIndexError);
    } finally {
      moreButton.disabled = false;
    }
  }

  function groupItem(g: GroupView, heading: 'h2' | 'h3'): HTMLLIElement {
    const li = el('li', 'search-group');
    li.dataset['year'] = g.year;
    li.dataset['section'] = g.sectionId;
    const h = el(
      heading,
      'search-group__heading',
      t('search.inSection', { section: g.section, review: g.title }),
    );
    const ol = el('ol', 'search-group__passages');
    ol.append(...g.passages.map((p) => passageItem(p, g, heading === 'h2' ? 'h3' : 'h4')));
    li.append(h, ol);
    return li;
  }

  function passageItem(p: PassageView, g: GroupView, heading: 'h3' | 'h4'): HTMLLIElement {
    const li = el('li', 'search-result');
    li.dataset['year'] = g.year;
    li.dataset['section'] = g.sectionId;
    const h = el(heading, 'search-result__heading');
    const a = el('a', 'search-result__link', p.heading);
    a.href = p.href;
    h.append(a);
    const para = el('p', 'search-result__excerpt');
    for (const part of p.excerpt) para.append(part.mark ? el('mark', '', part.text) : part.text);
    li.append(h, para);
    return li;
  }

  const link = (text: string, href: string, lang?: string) => {
    const li = el('li');
    const a = el('a', '', text);
    a.href = href;
    if (lang) a.hreflang = lang;
    li.append(a);
    return li;
  };

  async function renderSuggestions(state: SearchState, q: ParsedQuery): Promise<void> {
    const ul = empty.querySelector('ul')!;
    const id = seq;
    const items: Node[] = [];
    const searchFor = (query: string) => writeState({ ...state, q: query }) || '?';
    const lead = el('li', 'search-empty__lead');
    items.push(lead);
    const shorter = shorterQuery(q);
    if (shorter && !hasHan(q))
      items.push(link(t('search.tipShorter', { query: shorter }), searchFor(shorter)));
    if (state.year || state.section) {
      items.push(link(t('search.tipFilters'), writeState({ q: state.q, year: '', section: '' }) || '?'));
    }
    const elsewhere = config.lang === 'en' ? chinese : english;
    if (elsewhere) {
      items.push(
        link(
          t('search.tipEdition', { edition: t(`search.edition.${elsewhere.segment}`) }),
          `${base}${elsewhere.segment}/search/${writeState({ q: state.q, year: state.year, section: state.section })}`,
          elsewhere.lang,
        ),
      );
    }
    lead.textContent = t('search.tipWords');
    ul.replaceChildren(...items);
    // English: "did you mean" from the index's own words; Chinese: the shorter words that match.
    try {
      if (config.lang === 'en' && hasLatin(q)) {
        const suggestion = didYouMean(q.text, await loadVocabulary(base));
        if (id !== seq || !suggestion) return;
        const a = el('a', 'search-empty__suggestion', t('search.didYouMean', { query: suggestion }));
        a.href = searchFor(suggestion);
        a.dataset['searchSuggestion'] = suggestion;
        lead.replaceChildren(a);
      } else if (config.lang.startsWith('zh') && hasHan(q)) {
        const words = [
          ...new Set(
            q.tokens
              .filter((tk) => tk.kind === 'han')
              .flatMap((tk) => [...tk.phrases, ...segmentWords(tk.text)]),
          ),
        ].filter((w) => [...w].length >= 2 && !q.tokens.some((tk) => tk.text === w));
        const found: string[] = [];
        for (const w of words.slice(0, 6)) {
          const r = await search(config.segment, w, { ...state, q: w }, new AbortController().signal);
          if (id !== seq) return;
          if (r.first.length > 0) found.push(w);
        }
        if (found.length === 0) return;
        lead.replaceChildren(t('search.tipWordsFound'));
        found.forEach((w, i) => {
          const a = el('a', 'search-empty__suggestion', w);
          a.href = searchFor(w);
          a.dataset['searchSuggestion'] = w;
          lead.append(...(i > 0 ? ['、'] : []), a);
        });
      }
    } catch (error) {
      console.error(error);
    }
  }

  function showFailure(damaged: boolean): void {
    list.replaceChildren();
    moreButton.hidden = true;
    empty.hidden = true;
    other.hidden = true;
    status.textContent = '';
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
    retry.addEventListener('click', () => void run(current(), 'none'));
    failure.replaceChildren(el('p', '', t('search.error')), retry);
  }

  // Phones: the filters fold behind one button (they would push the first result under the
  // on-screen keyboard). Without JavaScript, or on a wide screen, they stay open.
  const filters = root.querySelector<HTMLElement>('.search-form__filters');
  if (filters && filters.querySelector('select')) {
    const toggle = el('button', 'search-form__filters-toggle', t('search.filters'));
    toggle.type = 'button';
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', (filters.id ||= 'search-filters'));
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      filters.classList.toggle('search-form__filters--open', open);
    });
    filters.before(toggle);
    root.classList.add('search-page--foldable');
  }

  moreButton.addEventListener('click', () => void showMore());

  // Typing: results as you type, debounced; an IME's half-typed pinyin is not searched.
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
  // Load Pagefind and the edition's index metadata before the first query, as soon as the reader is
  // in the box (a URL with ?q= searches at once). Not on idle: compiling the wasm on an idle page
  // costs a phone ~100 ms of main-thread time that a reader who only came to look does not need.
  const preload = () => void openIndex(base, config.lang.toLowerCase()).catch(() => {});
  input.addEventListener('focus', preload, { once: true });
  input.addEventListener('pointerdown', preload, { once: true });
  function schedule(): void {
    clearTimeout(debounce);
    debounce = setTimeout(() => void run(current(), 'auto'), 150);
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(debounce);
    void run(current(), 'push');
  });
  for (const select of [year, section]) select?.addEventListener('change', () => void run(current(), 'push'));
  addEventListener('popstate', () => {
    apply(readState(location.search, allowed));
    void run(current(), 'none');
  });

  // Keyboard: ↓ from the box to the results, ↑/↓ between them, ↑ from the first back to the box.
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...root.querySelectorAll<HTMLAnchorElement>('.search-result__link')].filter(
      (a) => a.offsetParent !== null,
    );
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement === input && e.key === 'ArrowDown' && links[0]) {
      e.preventDefault();
      links[0].focus();
    } else if (at >= 0) {
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? links[at + 1] : links[at - 1];
      (next ?? (e.key === 'ArrowUp' ? input : links[at]))?.focus();
    }
  };
  root.addEventListener('keydown', onKey);
  if (!root.contains(input)) input.addEventListener('keydown', onKey);

  const initial = readState(location.search, allowed);
  apply(initial);
  root.dataset['ready'] = '';
  if (initial.q.trim()) void run(initial, 'none');
  return { run: (s: SearchState) => void run(s, 'none') };
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
