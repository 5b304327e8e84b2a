/**
 * The search page: a small UI over Pagefind's JS API. The page renders a working GET form; this
 * script makes it search as you type, keeps query and filters in the URL, and shows results,
 * suggestions when nothing is found, results from the other language's edition, and a clear
 * message when the index cannot load.
 */
import { containsQuery, matchRecord, type ExcerptPart, type Fragment } from '../search/match.ts';
import {
  hasHan,
  hasLatin,
  pagefindQueries,
  parseQuery,
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
import { bundleReachable, openIndex, withTimeout } from './search-pagefind.ts';

interface Edition {
  segment: string;
  lang: string;
}

interface Config {
  segment: string;
  lang: string;
  strings: Strings;
  years: string[];
  sections: string[];
  editions: Edition[];
}

interface ResultView {
  href: string;
  year: string;
  sectionId: string;
  section: string;
  title: string;
  excerpt: ExcerptPart[];
}

const base = import.meta.env.BASE_URL;
const root = document.querySelector<HTMLElement>('[data-search]');
const configEl = document.getElementById('search-config');

if (root && configEl) start(root, JSON.parse(configEl.textContent ?? '{}') as Config);

function start(root: HTMLElement, config: Config): void {
  const t = createFormatter(config.strings, config.lang);
  const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel) as T;
  const form = $<HTMLFormElement>('form');
  const input = $<HTMLInputElement>('input[name="q"]');
  const year = $<HTMLSelectElement>('select[name="year"]');
  const section = $<HTMLSelectElement>('select[name="section"]');
  const status = $<HTMLElement>('[data-search-status]');
  const busy = $<HTMLElement>('[data-search-busy]');
  const list = $<HTMLOListElement>('[data-search-results]');
  const empty = $<HTMLElement>('[data-search-empty]');
  const other = $<HTMLElement>('[data-search-other]');
  const failure = $<HTMLElement>('[data-search-error]');
  const edition = (segment: string) => config.editions.find((e) => e.segment === segment);
  const english = config.editions.find((e) => e.lang === 'en');
  const chinese = config.editions.find((e) => e.segment === 'zh-hans');

  let seq = 0;
  let lastUrlChange = 0;
  let composing = false;
  let debounce: ReturnType<typeof setTimeout> | undefined;

  const current = (): SearchState => ({ q: input.value, year: year.value, section: section.value });
  const apply = (s: SearchState) => {
    input.value = s.q;
    year.value = s.year;
    section.value = s.section;
  };
  const allowed = { years: config.years, sections: config.sections };

  /** The URL follows the state; a new history entry once the reader has paused on a result. */
  function updateUrl(state: SearchState, mode: 'push' | 'replace' | 'auto' | 'none'): void {
    if (mode === 'none') return;
    const from = readState(location.search, allowed);
    if (sameState(from, state)) return;
    const url = `${location.pathname}${writeState(state)}`;
    const push =
      mode === 'push' || (mode === 'auto' && from.q.trim() !== '' && Date.now() - lastUrlChange > 2000);
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    lastUrlChange = Date.now();
  }

  /** The language switch takes the search along to the other editions. */
  function updateLanguageSwitch(state: SearchState): void {
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
      a.setAttribute('href', `${(a.getAttribute('href') ?? '').split(/[?#]/)[0]}${writeState(state)}`);
    }
  }

  async function searchEdition(
    segment: string,
    q: ParsedQuery,
    state: SearchState,
  ): Promise<{ results: ResultView[]; shown: string }> {
    const index = await openIndex(base, (edition(segment)?.lang ?? segment).toLowerCase());
    const responses = await withTimeout(
      Promise.all(pagefindQueries(q).map((text) => index.search(text, { filters: pagefindFilters(state) }))),
    );
    const hits = new Map<string, { score: number; data: () => Promise<unknown> }>();
    for (const r of responses.flatMap((x) => x.results))
      if ((hits.get(r.id)?.score ?? -1) < r.score) hits.set(r.id, r);
    const ranked = [...hits.values()].sort((a, b) => b.score - a.score);
    // Records are sections, so even a long archive has few; 50 is more than a screen's worth.
    const fragments = (await withTimeout(
      Promise.all(ranked.slice(0, 50).map((r) => r.data())),
    )) as Fragment[];
    const kept = fragments.filter((f) => containsQuery(f, q));
    let matches = kept.map((f) => ({ f, m: matchRecord(f, q) }));
    let shown = segment;
    // A Chinese record carries its twin script: a Traditional query on the English page is
    // answered from zh-hans records but shown, and linked, in zh-hant.
    const twin = segment === 'zh-hans' ? 'zh-hant' : segment === 'zh-hant' ? 'zh-hans' : undefined;
    if (
      twin &&
      segment !== config.segment &&
      hasHan(q) &&
      matches.length > 0 &&
      matches.every(({ m }) => !m.ownScript)
    ) {
      matches = kept.map((f) => ({ f, m: matchRecord(f, q, true) }));
      shown = twin;
    }
    const swapped = shown !== segment;
    const results = matches.map(({ f, m }) => ({
      href: resultHref(
        base,
        shown,
        f.filters['year']?.[0] ?? '',
        m.block?.target ?? f.filters['section']?.[0] ?? '',
        m.words,
      ),
      year: f.filters['year']?.[0] ?? '',
      sectionId: f.filters['section']?.[0] ?? '',
      section: (swapped ? f.meta['alt_section'] : f.meta['section']) ?? '',
      title: (swapped ? f.meta['alt_title'] : f.meta['title']) ?? '',
      excerpt: m.excerpt,
    }));
    return { results, shown };
  }

  /** The edition that can answer a query typed in the other language, if any. */
  function otherEditionFor(q: ParsedQuery): Edition | undefined {
    if (config.lang === 'en') return hasHan(q) ? chinese : undefined;
    return hasLatin(q) && !hasHan(q) ? english : undefined;
  }

  async function run(state: SearchState, mode: 'push' | 'replace' | 'auto' | 'none'): Promise<void> {
    const id = ++seq;
    performance.mark(`search:start:${id}`);
    updateUrl(state, mode);
    updateLanguageSwitch(state);
    const q = parseQuery(state.q);
    if (q.tokens.length === 0) {
      render(id, state, q, [], undefined);
      return;
    }
    const slow = setTimeout(() => {
      if (id === seq) busy.hidden = false;
    }, 300);
    list.setAttribute('aria-busy', 'true');
    try {
      const offer = otherEditionFor(q);
      const [own, theirs] = await Promise.all([
        searchEdition(config.segment, q, state),
        offer ? searchEdition(offer.segment, q, state) : undefined,
      ]);
      if (id !== seq) return;
      if (own.results.length === 0 && !theirs?.results.length && !(await bundleReachable(base))) {
        throw new Error('The search index is unreachable');
      }
      if (id !== seq) return;
      render(id, state, q, own.results, theirs && theirs.results.length > 0 ? { ...theirs } : undefined);
    } catch (error) {
      if (id !== seq) return;
      console.error(error);
      showFailure();
    } finally {
      clearTimeout(slow);
      if (id === seq) {
        busy.hidden = true;
        list.removeAttribute('aria-busy');
      }
    }
  }

  function render(
    id: number,
    state: SearchState,
    q: ParsedQuery,
    results: ResultView[],
    offer: { results: ResultView[]; shown: string } | undefined,
  ): void {
    failure.replaceChildren();
    list.replaceChildren(...results.map((r) => resultItem(r, 'h2')));
    other.hidden = !offer;
    empty.hidden = !(q.tokens.length > 0 && results.length === 0);
    const query = state.q.trim();
    let message = '';
    if (q.tokens.length > 0) {
      message =
        results.length > 0
          ? t('search.count', { count: results.length, query })
          : t('search.none', { query });
    }
    if (offer) {
      const name = t(`search.edition.${offer.shown}`);
      // Chinese sentences follow each other without a space.
      message += `${config.lang.startsWith('zh') ? '' : ' '}${t('search.otherCount', { count: offer.results.length, edition: name })}`;
      other.querySelector('[data-search-other-title]')!.textContent = t('search.other', { edition: name });
      other.querySelector('[data-search-other-intro]')!.textContent = t('search.otherIntro', {
        query,
        edition: name,
      });
      const ol = other.querySelector('ol')!;
      ol.lang = edition(offer.shown)?.lang ?? '';
      ol.replaceChildren(...offer.results.map((r) => resultItem(r, 'h3')));
    }
    if (!empty.hidden) renderSuggestions(state, q);
    status.textContent = message;
    performance.mark(`search:rendered:${id}`);
  }

  function resultItem(r: ResultView, heading: 'h2' | 'h3'): HTMLLIElement {
    const li = el('li', 'search-result');
    li.dataset['year'] = r.year;
    li.dataset['section'] = r.sectionId;
    const h = el(heading, 'search-result__heading');
    const a = el('a', 'search-result__link');
    a.href = r.href;
    a.append(
      el('span', 'search-result__section', r.section),
      ' ',
      el('span', 'search-result__review', r.title),
    );
    h.append(a);
    const p = el('p', 'search-result__excerpt');
    for (const part of r.excerpt) p.append(part.mark ? el('mark', '', part.text) : part.text);
    li.append(h, p);
    return li;
  }

  function renderSuggestions(state: SearchState, q: ParsedQuery): void {
    const ul = empty.querySelector('ul')!;
    const items: Node[] = [el('li', '', t('search.tipWords'))];
    const link = (text: string, href: string, lang?: string) => {
      const li = el('li');
      const a = el('a', '', text);
      a.href = href;
      if (lang) a.hreflang = lang;
      li.append(a);
      return li;
    };
    const shorter = shorterQuery(q);
    if (shorter)
      items.push(
        link(t('search.tipShorter', { query: shorter }), writeState({ ...state, q: shorter }) || '?'),
      );
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
    ul.replaceChildren(...items);
  }

  function showFailure(): void {
    list.replaceChildren();
    empty.hidden = true;
    other.hidden = true;
    status.textContent = '';
    const retry = el('button', 'button', t('search.retry'));
    retry.type = 'button';
    retry.addEventListener('click', () => void run(current(), 'none'));
    failure.replaceChildren(el('p', '', t('search.error')), retry);
  }

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
  for (const select of [year, section]) select.addEventListener('change', () => void run(current(), 'push'));
  addEventListener('popstate', () => {
    apply(readState(location.search, allowed));
    void run(current(), 'none');
  });

  // Keyboard: ↓ from the box to the results, ↑/↓ between them, ↑ from the first back to the box.
  root.addEventListener('keydown', (e) => {
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
  });

  const initial = readState(location.search, allowed);
  apply(initial);
  root.dataset['ready'] = '';
  if (initial.q.trim()) void run(initial, 'none');
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
