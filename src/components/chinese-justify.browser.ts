/**
 * Justified Chinese without loose lines (browser). The engine breaks lines greedily: where a run
 * the build keeps together (a number with its measure word, a paragraph's last characters) or a
 * mark that may not start a line does not fit, the line ends early and justification spreads
 * what is left over its characters. Here a paragraph with such a line is set again as a whole by
 * the line breaker in chinese-lines.ts, measured in the page's own font, and its breaks are given
 * to the engine (chinese-setting.browser.ts). What the engine then sets is checked against the
 * plan; a paragraph set otherwise is put back as it was. Every run the
 * build keeps together stays whole. A paragraph on or above the screen keeps its number of lines
 * (what follows it does not move), and one on screen is set only before the reader scrolls; one
 * below the screen may gain or lose a line. Short tasks, a paragraph or a few each. The CSS (base.css)
 * already sets the column a whole number of characters wide, so most paragraphs need nothing;
 * without JS the page is as the CSS sets it.
 */
import { breakLines, LIMIT, measureChars, setLine } from './chinese-lines.ts';
import { apply, glyphs, lineStarts, restore, setAsPlanned } from './chinese-setting.browser.ts';

/**
 * Sets paragraphs ragged (or back): each is measured ragged, where an advance is the glyph's own.
 * All are switched at once and then read, so the page is laid out once for them all.
 */
function ragged(ps: HTMLElement[], on: boolean): void {
  for (const p of ps) p.style.textAlign = on ? 'left' : '';
}

/**
 * Whether a line of the paragraph (set ragged) may be loose: its text runs' line boxes, a few
 * per paragraph, not its characters. Generous (it counts a gap between every two characters),
 * so that only paragraphs it flags are measured character by character.
 */
function mayBeLoose(p: HTMLElement, measure: number, size: number): boolean {
  const range = document.createRange();
  const widths = new Map<number, number>();
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    range.selectNodeContents(n);
    for (const r of range.getClientRects()) {
      const top = Math.round(r.top / (size / 2));
      widths.set(top, (widths.get(top) ?? 0) + r.width);
    }
  }
  const lines = [...widths.values()].slice(0, -1);
  return lines.some((w) => (measure - w) / size / Math.max(w / size - 1, 1) > LIMIT / 2);
}

interface Due {
  p: HTMLElement;
  /** May it gain or lose a line (only below the screen, where nothing the reader sees moves)? */
  recount: boolean;
}

/**
 * Sets paragraphs again where a line of each is loose, in batches that each lay the page out
 * once: find the paragraphs that may have a loose line, measure them, plan and apply, check.
 * A paragraph the engine did not set as planned is put back as it was.
 */
function fit(due: Due[]): void {
  const ps = due.map((d) => d.p);
  const sizes = ps.map((p) => parseFloat(getComputedStyle(p).fontSize));
  // The column's whole characters (base.css gives the engine a little room over them), from the
  // used width, fractional (clientWidth rounds it: 11 characters of 23.375 px are 257.125 px).
  const measures = ps.map((p, k) => {
    const size = sizes[k] ?? 16;
    return Math.floor(parseFloat(getComputedStyle(p).width) / size + 1e-6) * size;
  });
  ragged(ps, true);
  const flagged = due
    .map((d, k) => ({ ...d, size: sizes[k] ?? 16, measure: measures[k] ?? 0 }))
    .filter((d) => mayBeLoose(d.p, d.measure, d.size))
    .map((d) => ({ ...d, all: glyphs(d.p) }));
  ragged(ps, false);
  const applied = [];
  for (const { p, recount, size, measure, all } of flagged) {
    const greedy = lineStarts(all, size);
    const count = greedy.length;
    const metrics = measureChars(all, size);
    const loose = greedy.some(
      (s, c) => c < count - 1 && (setLine(metrics, s, greedy[c + 1] ?? s, measure)?.spread ?? 0) > LIMIT,
    );
    if (!loose) continue;
    const best = breakLines(metrics, recount ? [count, count - 1, count + 1] : [count], measure);
    if (best && apply(p, all, metrics, best, measure)) applied.push({ p, all, size, best });
  }
  // All read before any is put back, so the page is laid out once for them.
  const missed = applied.filter(({ p, all, size, best }) => !setAsPlanned(p, all, best.lines, size));
  for (const { p } of missed) restore(p);
}

const paragraphs = [...document.querySelectorAll<HTMLElement>(':lang(zh) .review__section p[id]')];

/**
 * A paragraph on screen is set again only right after the page itself reflowed it (loaded, or
 * changed width or text size) and before the reader scrolled, as a late font would: once
 * reading, its characters would move under their eyes, so it waits until it leaves the screen.
 * Only below the screen may it gain or lose a line: on it or above, what follows on screen would
 * move (a layout shift of 0.12–0.15 at 360–390 px, measured, where the first screen's lines moved
 * down or up by one).
 */
let reading = false;
addEventListener('scroll', () => (reading = true), { passive: true });
const waiting = new IntersectionObserver((entries) => {
  const gone = entries.filter((e) => !e.isIntersecting);
  for (const e of gone) waiting.unobserve(e.target);
  fit(gone.map((e) => ({ p: e.target as HTMLElement, recount: e.boundingClientRect.top > 0 })));
});

/** The paragraphs still to set, screen first; a few are set per task, so none is long. */
let queue: HTMLElement[] = [];
/** How long one task may go on setting paragraphs (it always sets one): none is long, on a slow phone too. */
const SLICE_MS = 8;
// The state, for tests: 'pending' while a fitting waits or runs, 'done' when the lines are set.
const state = (v: string) => (document.documentElement.dataset['justified'] = v);

function onScreen(p: HTMLElement): boolean {
  const { top, bottom } = p.getBoundingClientRect();
  return bottom > 0 && top < innerHeight;
}

function fitAll(): void {
  unset();
  const justified = paragraphs.filter((p) => getComputedStyle(p).textAlign === 'justify');
  const mine = (queue = [...justified.filter(onScreen), ...justified.filter((p) => !onScreen(p))]);
  const start = performance.now();
  const step = () => {
    // A run that unset() or a newer run replaced stops here, and says nothing: the state is the
    // newer run's ('done' from this one, after a resize, came before the new lines were set).
    if (queue !== mine) return;
    const begun = performance.now();
    for (let p = mine.shift(); p; p = performance.now() - begun < SLICE_MS ? mine.shift() : undefined) {
      if (reading && onScreen(p)) waiting.observe(p);
      else fit([{ p, recount: p.getBoundingClientRect().top >= innerHeight }]);
    }
    if (mine.length > 0) return void setTimeout(step);
    performance.measure('chinese-justify', { start });
    state('done');
  };
  step();
}

/** Every paragraph as the CSS sets it, and nothing left to do (a run still queued stops). */
function unset(): void {
  queue = [];
  waiting.disconnect();
  for (const p of paragraphs) restore(p);
}

if (paragraphs.length > 0) {
  let key = '';
  let timer = 0;
  // Width or text size changed: the page reflowed, and the lines are new. The first fitting
  // runs at once; a change waits until the resizing ends, with the lines the CSS sets meanwhile
  // (breaks planned for the old measure would be wrong at the new one, and looser than none).
  new ResizeObserver(([entry]) => {
    const next = `${Math.round(entry?.contentRect.width ?? 0)} ${getComputedStyle(paragraphs[0] as HTMLElement).fontSize}`;
    if (next === key) return;
    const first = key === '';
    key = next;
    reading = false;
    if (!first) unset();
    state('pending');
    clearTimeout(timer);
    timer = window.setTimeout(() => void document.fonts.ready.then(fitAll), first ? 0 : 100);
  }).observe(document.querySelector('main') ?? document.body);
  // Paper has its own measure: the lines set for the screen would hold there, loose. Printed as
  // the CSS sets it, and set again for the screen after.
  addEventListener('beforeprint', unset);
  addEventListener('afterprint', fitAll);
}
