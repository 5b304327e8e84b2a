/**
 * Justified Chinese without loose lines (browser). The engine breaks lines greedily: where a run
 * the build keeps together (a number with its measure word, a paragraph's last characters) or a
 * mark that may not start a line does not fit, the line ends early and justification spreads
 * what is left over its characters. Here a paragraph with such a line is set again as a whole by
 * the line breaker in chinese-lines.ts, measured in the page's own font, and its breaks are given
 * to the engine: a keep-together span from each chosen break to where the engine's greedy line
 * would have ended, and a half-width span (标点挤压) on each squeezed mark. What the engine then
 * sets is checked against the plan; a paragraph set otherwise is put back as it was. Every run the
 * build keeps together stays whole. A paragraph on or above the screen keeps its number of lines
 * (what follows it does not move), and one on screen is set only before the reader scrolls; one
 * below the screen may gain or lose a line. Short tasks, a paragraph or a few each. The CSS (base.css)
 * already sets the column a whole number of characters wide, so most paragraphs need nothing;
 * without JS the page is as the CSS sets it.
 */
import {
  breakLines,
  LIMIT,
  measureChars,
  OPENING,
  setLine,
  type Char,
  type Metrics,
  type Setting,
} from './chinese-lines.ts';

interface Glyph extends Char {
  node: Text;
  i: number;
  top: number;
}

/**
 * Sets paragraphs ragged (or back): each is measured ragged, where an advance is the glyph's own.
 * All are switched at once and then read, so the page is laid out once for them all.
 */
function ragged(ps: HTMLElement[], on: boolean): void {
  for (const p of ps) p.style.textAlign = on ? 'left' : '';
}

/** The paragraph's visible characters, each with its advance (set ragged). */
function glyphs(p: HTMLElement): Glyph[] {
  const range = document.createRange();
  const out: Glyph[] = [];
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    // The outermost kept-together element around the text: no break inside it.
    let unit: Element | null = null;
    for (let e = n.parentElement; e && e !== p; e = e.parentElement) if (e.matches('.nobr, button')) unit = e;
    for (let i = 0; i < n.data.length; i++) {
      range.setStart(n, i);
      range.setEnd(n, i + 1);
      const r = [...range.getClientRects()].find((x) => x.width > 0);
      // A rect is rounded to the engine's 1/64 px: an advance of 18 px reads 18.016.
      if (r)
        out.push({ node: n, i, ch: n.data[i] ?? '', width: Math.round(r.width * 8) / 8, top: r.top, unit });
    }
  }
  return out;
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

/** Where each line starts (glyph indexes), as the engine set the paragraph. */
function lineStarts(all: Glyph[], size: number): number[] {
  const starts: number[] = [];
  all.forEach((g, k) => {
    const first = all[starts.at(-1) ?? -1];
    if (!first || Math.abs(first.top - g.top) >= size / 2) starts.push(k);
  });
  return starts;
}

/** A boundary moved out of any element inside the paragraph (a kept-together run goes whole). */
function lift(p: HTMLElement, node: Node, offset: number, after: boolean): [Node, number] {
  if (node === p || (node.nodeType === Node.TEXT_NODE && node.parentNode === p)) return [node, offset];
  let top = node;
  while (top.parentNode && top.parentNode !== p) top = top.parentNode;
  const index = [...p.childNodes].indexOf(top as ChildNode);
  return [p, after ? index + 1 : index];
}

function wrap(range: Range, className: string): void {
  const span = document.createElement('span');
  span.className = className;
  span.append(range.extractContents());
  range.insertNode(span);
}

/** Gives the engine a setting's breaks and squeezes; false when they cannot be given. */
function apply(p: HTMLElement, all: Glyph[], m: Metrics, setting: Setting, measure: number): boolean {
  const { lines } = setting;
  const glyphRange = (from: number, to: number) => {
    const range = document.createRange();
    const a = all[from] as Glyph;
    const b = all[to] as Glyph;
    range.setStart(a.node, a.i);
    range.setEnd(b.node, b.i + 1);
    return range;
  };
  // The advances as planned: where each line starts, and squeezed marks half an em.
  const width = [...m.advance];
  const squeezes: Range[] = [];
  for (const line of lines) {
    width[line.start] = m.first[line.start] ?? 0;
    for (const k of line.squeezed) {
      width[k] = m.size / 2;
      squeezes.push(glyphRange(k, k));
    }
  }
  // Each line ends where the plan says, not where the engine's greedy line would: the characters
  // from the break to the first that would not fit are kept together, so they start the next line.
  const keeps: Range[] = [];
  for (let c = 0; c < lines.length - 1; c++) {
    const s = lines[c]?.start ?? 0;
    const e = lines[c + 1]?.start ?? 0;
    let used = 0;
    let o = s;
    while (o < all.length && used + (width[o] ?? 0) <= measure + 0.1) used += width[o++] ?? 0;
    if (o <= e) continue;
    // The keep-together would hold the next break too.
    if (o >= (lines[c + 2]?.start ?? all.length)) return false;
    keeps.push(glyphRange(e, o));
  }
  // Live ranges follow the text as the squeezes split it.
  for (const range of squeezes) {
    const open = OPENING.test(range.toString());
    wrap(range, open ? 'squeeze squeeze--open' : 'squeeze');
  }
  for (const range of keeps) {
    range.setStart(...lift(p, range.startContainer, range.startOffset, false));
    range.setEnd(...lift(p, range.endContainer, range.endOffset, true));
    wrap(range, 'nobr fit');
  }
  return true;
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
  // The used width, fractional (clientWidth rounds it: 11 characters of 23.375 px are 257.125 px).
  const measures = ps.map((p) => parseFloat(getComputedStyle(p).width));
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
    if (best && apply(p, all, metrics, best, measure)) applied.push({ p, size, best });
  }
  ragged(
    applied.map((a) => a.p),
    true,
  );
  const mismatched = applied.filter(({ p, size, best }) => {
    const set = lineStarts(glyphs(p), size);
    return set.length !== best.lines.length || best.lines.some((l, c) => l.start !== set[c]);
  });
  ragged(
    applied.map((a) => a.p),
    false,
  );
  for (const { p } of mismatched) restore(p);
}

const paragraphs = [...document.querySelectorAll<HTMLElement>(':lang(zh) .review__section p[id]')];
/**
 * Puts a paragraph back as the build set it: its own spans unwrapped, nothing else touched (a
 * search's marks, added after the fitting, stay).
 */
function restore(p: HTMLElement): void {
  for (const span of p.querySelectorAll('.fit, .squeeze')) span.replaceWith(...span.childNodes);
  p.normalize();
}

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
  waiting.disconnect();
  for (const p of paragraphs) if (p.querySelector('.squeeze, .fit')) restore(p);
  const justified = paragraphs.filter((p) => getComputedStyle(p).textAlign === 'justify');
  queue = [...justified.filter(onScreen), ...justified.filter((p) => !onScreen(p))];
  const start = performance.now();
  const step = () => {
    const begun = performance.now();
    for (let p = queue.shift(); p; p = performance.now() - begun < SLICE_MS ? queue.shift() : undefined) {
      if (reading && onScreen(p)) waiting.observe(p);
      else fit([{ p, recount: p.getBoundingClientRect().top >= innerHeight }]);
    }
    if (queue.length > 0) return void setTimeout(step);
    performance.measure('chinese-justify', { start });
    state('done');
  };
  step();
}

if (paragraphs.length > 0) {
  let key = '';
  let timer = 0;
  // Width or text size changed: the page reflowed, and the lines are new. The first fitting
  // runs at once; a change waits until the resizing ends.
  new ResizeObserver(([entry]) => {
    const next = `${Math.round(entry?.contentRect.width ?? 0)} ${getComputedStyle(paragraphs[0] as HTMLElement).fontSize}`;
    if (next === key) return;
    const first = key === '';
    key = next;
    reading = false;
    queue = [];
    state('pending');
    clearTimeout(timer);
    timer = window.setTimeout(() => void document.fonts.ready.then(fitAll), first ? 0 : 100);
  }).observe(document.querySelector('main') ?? document.body);
  // Paper has its own measure: the lines set for the screen would hold there, loose. Printed as
  // the CSS sets it, and set again for the screen after.
  addEventListener('beforeprint', () => {
    queue = [];
    waiting.disconnect();
    for (const p of paragraphs) restore(p);
  });
  addEventListener('afterprint', fitAll);
}
