/**
 * Justified Chinese without loose lines (browser), as a newsroom's composing room sets it. The
 * CSS (base.css) sets the column a whole number of characters wide, so most lines need nothing;
 * a line is left loose when what should come next cannot: a number kept with its measure word, a
 * mark that may not start a line, the paragraph's last characters kept together. Such a line is
 * refitted, each step only if the one before did not take the next characters back up:
 *
 * 1. its full-width punctuation set half-width (标点挤压), one mark at a time, nearest the break
 *    first (Chromium has no compression of its own: text-spacing-trim only trims pairs);
 * 2. the number and measure word the next line starts with may part (released, not kept);
 * 3. the line set a little tighter, 0.01 em at a time up to 0.05 em a character (a newsroom's
 *    limit), so the next characters come up;
 * 4. last, the paragraph's last characters may part, and the line is tightened again.
 *
 * A line no step mends is put back as it was. Without JS the page is as the CSS sets it. Fitting
 * undoes only its own spans, so a search's marks in the text stay; it runs again when the column's
 * width or the text size changes, and the browser's scroll anchoring keeps the reader's place.
 */
import { lines, spread, unwrap, wrap, type Glyph } from './chinese-lines.browser.ts';

/** Closing marks carry their blank on the right, opening marks on the left. */
const CLOSING = /[，。、；：！？”’）》」』]/;
const OPENING = /[“‘（《「『]/;
/** What may not start a line, and what may not end one (the build's rules, src/typeset/text.ts). */
const NO_START = /[，。、；：！？）》」』”’％%·—…,.;:!?)\]]/;
const NO_END = /[（《「『“‘([]/;
const ALNUM = /[0-9A-Za-z.,%+]/;
/** A line fits when its Han characters are spread by no more than this (em per gap); the bar is 0.10. */
const LIMIT = 0.08;
/** Tightening steps of 0.01 em (classes .tight-1 … .tight-5 in base.css). */
const TIGHTEST = 5;
const GIVE = 'nobr--give';

/** The outermost kept-together span (not released) that holds a glyph, or null. */
function keeper(p: HTMLElement, g: Glyph): Element | null {
  let found: Element | null = null;
  for (let el = g.node.parentElement; el && el !== p; el = el.parentElement)
    if (el.classList.contains('nobr') && !el.classList.contains(GIVE)) found = el;
  return found;
}

/** The paragraph's last characters, kept together by the build (text.ts bodyChinese). */
function isTail(p: HTMLElement, span: Element): boolean {
  const rest = document.createRange();
  rest.setStartAfter(span);
  rest.setEnd(p, p.childNodes.length);
  return rest.toString().trim() === '';
}

/** How many of the next line's first glyphs must come up together (no break between them). */
function unit(p: HTMLElement, next: Glyph[]): number {
  let k = 0;
  for (; k + 1 < next.length; k++) {
    const a = next[k] as Glyph;
    const b = next[k + 1] as Glyph;
    const kept = keeper(p, a);
    const joined =
      NO_START.test(b.ch) ||
      NO_END.test(a.ch) ||
      (ALNUM.test(a.ch) && ALNUM.test(b.ch)) ||
      (kept !== null && kept === keeper(p, b));
    if (!joined) break;
  }
  return k + 1;
}

/** Refits one loose line (see the module comment); false, and the line as it was, if nothing mends it. */
function mend(p: HTMLElement, size: number, start: number): boolean {
  const now = () => lines(p, size, start, 2);
  const fits = () => spread(now()[0] ?? [], size) <= LIMIT;
  const undo: (() => void)[] = [];
  const squeezed: HTMLElement[][] = [];
  const done = (ok: boolean) => {
    if (!ok) for (const u of undo.reverse()) u();
    else relax(squeezed, fits);
    return ok;
  };
  // 1. Punctuation: the marks of what should come up from the next line (全、 or “1+8+N”) and the
  // line's own, all at once (one layout); relax() then sets full again those the line can spare.
  const [line = [], next = []] = now();
  const isMark = (g: Glyph) => CLOSING.test(g.ch) || OPENING.test(g.ch);
  for (const g of [...next.slice(0, unit(p, next)).filter(isMark), ...line.filter(isMark).reverse()]) {
    const spans = wrap(p, g.at, g.at + 1, OPENING.test(g.ch) ? 'squeeze squeeze--open' : 'squeeze');
    squeezed.push(spans);
    undo.push(() => unwrap(spans));
  }
  if (squeezed.length > 0 && fits()) return done(true);
  // 2. A number and its measure word at the head of the next line may part.
  const head = now()[1]?.[0];
  const pair = head ? keeper(p, head) : null;
  if (pair && !isTail(p, pair)) {
    pair.classList.add(GIVE);
    undo.push(() => pair.classList.remove(GIVE));
    if (fits()) return done(true);
  }
  // 3. Tighter, then 4. the paragraph's last characters part and tighter again.
  if (tighten(p, size, start, undo, fits)) return done(true);
  const tail = now()[1]?.[0];
  const last = tail ? keeper(p, tail) : null;
  if (last && isTail(p, last)) {
    last.classList.add(GIVE);
    undo.push(() => last.classList.remove(GIVE));
    if (fits() || tighten(p, size, start, undo, fits)) return done(true);
  }
  // 5. A run of figures and signs (“1+8+N”) may break inside, as a newspaper breaks one to keep its grid.
  const run = now()[1] ?? [];
  const breaks = run
    .slice(0, unit(p, run) - 1)
    .filter((g, k) => ALNUM.test(g.ch) && ALNUM.test(run[k + 1]?.ch ?? ''));
  if (breaks.length > 0) {
    const wbrs = breaks.map((g) => breakAfter(p, g.at));
    undo.push(() => {
      for (const w of wbrs) w.remove();
      p.normalize();
    });
    if (fits() || tighten(p, size, start, undo, fits)) return done(true);
  }
  return done(false);
}

/** A break opportunity after the glyph at `at` (a <wbr>, which unfit takes out again). */
function breakAfter(p: HTMLElement, at: number): HTMLElement {
  const spans = wrap(p, at, at + 1, 'fit-break');
  const wbr = document.createElement('wbr');
  wbr.className = 'fit-break';
  spans.at(-1)?.after(wbr);
  unwrap(spans);
  return wbr;
}

/**
 * Once a line fits, each mark set half-width on the way is set full again if the line still fits,
 * farthest from the break first: as few marks changed as the line needs, nearest the break.
 */
function relax(squeezed: HTMLElement[][], fits: () => boolean): void {
  for (const spans of [...squeezed].reverse()) {
    for (const s of spans) s.classList.remove('squeeze');
    if (fits()) unwrap(spans);
    else for (const s of spans) s.classList.add('squeeze');
  }
}

/** Sets the line and the next line's first unit 0.01 em tighter at a time, until it fits. */
function tighten(p: HTMLElement, size: number, start: number, undo: (() => void)[], fits: () => boolean) {
  const [line = [], next = []] = lines(p, size, start, 2);
  const end = next[unit(p, next) - 1] ?? line.at(-1);
  if (!end) return false;
  const spans = wrap(p, start, end.at + 1, 'tight');
  undo.push(() => unwrap(spans));
  const set = (n: number) => {
    for (const s of spans) s.className = `tight tight-${n}`;
    return fits();
  };
  // The tightest first: if even that leaves the line loose, no step will (one layout, not five).
  if (!set(TIGHTEST)) return false;
  // Then the least that fits (tighter always holds more): a binary search.
  let lo = 0;
  let hi = TIGHTEST;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (set(mid)) hi = mid;
    else lo = mid;
  }
  set(hi);
  return true;
}

/** Fits one paragraph, line by line from the top (each change moves what follows). */
function fit(p: HTMLElement): void {
  const size = parseFloat(getComputedStyle(p).fontSize);
  let all = lines(p, size);
  for (let l = 0; l < all.length - 1; l++) {
    const start = all[l]?.[0]?.at ?? 0;
    if (spread(all[l] ?? [], size) <= LIMIT) continue;
    mend(p, size, start);
    all = [...all.slice(0, l), ...lines(p, size, start)];
  }
}

/** Takes out what an earlier fitting set (and only that: a search's marks stay). */
function unfit(p: HTMLElement): void {
  for (const s of p.querySelectorAll<HTMLElement>(`.${GIVE}`)) s.classList.remove(GIVE);
  const spans = [...p.querySelectorAll<HTMLElement>('.squeeze, .tight, wbr.fit-break')];
  for (const s of spans) s.replaceWith(...s.childNodes);
  if (spans.length > 0) p.normalize();
}

const paragraphs = [...document.querySelectorAll<HTMLElement>(':lang(zh) .review__section p[id]')];

function fitAll(): void {
  performance.mark('chinese-justify:start');
  for (const p of paragraphs) {
    unfit(p);
    if (getComputedStyle(p).textAlign === 'justify') fit(p);
  }
  // The time it took, for a test or a reader's profiler: performance.getEntriesByName('chinese-justify').
  performance.measure('chinese-justify', 'chinese-justify:start');
}

if (paragraphs.length > 0) {
  let key = '';
  let timer = 0;
  // The state, for tests: 'pending' while a new fitting waits, 'done' when the lines are set.
  const state = (v: string) => (document.documentElement.dataset['justified'] = v);
  const run = () =>
    document.fonts.ready.then(() => {
      fitAll();
      state('done');
    });
  // Width or text size changed: the lines are new (the fitting itself changes only heights).
  new ResizeObserver(([entry]) => {
    const next = `${Math.round(entry?.contentRect.width ?? 0)} ${getComputedStyle(paragraphs[0] as HTMLElement).fontSize}`;
    if (next === key) return;
    key = next;
    state('pending');
    clearTimeout(timer);
    timer = window.setTimeout(run, 100);
  }).observe(document.querySelector('main') ?? document.body);
}
