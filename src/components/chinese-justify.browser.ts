/**
 * Justified Chinese without loose lines (browser), as a newsroom's composing room sets it: where
 * a line would be spread (a number kept with its measure word, or punctuation that may not start
 * a line, pushed the next characters down), the full-width punctuation of that line is set
 * half-width (标点挤压), one mark at a time, until the next characters come back up. A line that
 * cannot take them back keeps its spacing and loses nothing. The CSS (base.css) already sets the
 * column a whole number of characters wide, so most lines need nothing; without JS the page is as
 * the CSS sets it. Chromium has no punctuation compression of its own (text-spacing-trim only
 * trims pairs).
 */
const HAN = /\p{Script=Han}/u;
/** Closing marks carry their blank on the right, opening marks on the left. */
const CLOSING = /[，。、；：！？”’）》」』]/;
const OPENING = /[“‘（《「『]/;
const LIMIT = 0.08;

interface Glyph {
  node: Text;
  i: number;
  ch: string;
  left: number;
  top: number;
}

function lines(p: HTMLElement, size: number): Glyph[][] {
  const range = document.createRange();
  const out: Glyph[][] = [];
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    for (let i = 0; i < n.data.length; i++) {
      range.setStart(n, i);
      range.setEnd(n, i + 1);
      const r = [...range.getClientRects()].find((x) => x.width > 0);
      if (!r) continue;
      const g = { node: n, i, ch: n.data[i] ?? '', left: r.left, top: r.top };
      const line = out.at(-1);
      if (line && Math.abs((line[0]?.top ?? 0) - r.top) < size / 2) line.push(g);
      else out.push([g]);
    }
  }
  return out;
}

/** Mean extra space between adjacent Han characters of a line, in em. */
function spread(line: Glyph[], size: number): number {
  let extra = 0;
  let gaps = 0;
  for (let k = 1; k < line.length; k++) {
    const a = line[k - 1];
    const b = line[k];
    if (!a || !b || !HAN.test(a.ch) || !HAN.test(b.ch)) continue;
    extra += b.left - a.left - size;
    gaps++;
  }
  return gaps ? extra / gaps / size : 0;
}

/** Sets one punctuation mark half-width; returns the span, to undo it. */
function squeeze(g: Glyph): HTMLElement {
  const mark = g.node.splitText(g.i);
  mark.splitText(1);
  const span = document.createElement('span');
  span.className = OPENING.test(g.ch) ? 'squeeze squeeze--open' : 'squeeze';
  mark.replaceWith(span);
  span.append(mark);
  return span;
}

function unsqueeze(span: HTMLElement): void {
  const parent = span.parentNode;
  span.replaceWith(...span.childNodes);
  parent?.normalize();
}

/**
 * Fits one paragraph, line by line from the top (each change moves what follows). The paragraph
 * is measured once, and again only after a line was changed.
 */
function fit(p: HTMLElement): void {
  const size = parseFloat(getComputedStyle(p).fontSize);
  let all = lines(p, size);
  for (let l = 0; l < all.length - 1; l++) {
    const line = all[l] ?? [];
    if (spread(line, size) <= LIMIT) continue;
    // The marks the next line's first characters bring with them (全、), then the line's own.
    const next = (all[l + 1] ?? []).slice(0, 6);
    const isMark = (g: Glyph) => CLOSING.test(g.ch) || OPENING.test(g.ch);
    const marks = [...next.filter((g) => CLOSING.test(g.ch)), ...line.filter(isMark).reverse()];
    if (marks.length === 0) continue;
    const spans: HTMLElement[] = [];
    let now = all;
    // One mark at a time, nearest the break first: the fewest marks changed.
    for (const g of marks) {
      // Glyph offsets shift as spans split the text: find the mark again by its position.
      const fresh = [...(now[l] ?? []), ...(now[l + 1] ?? [])].find(
        (x) => Math.abs(x.left - g.left) < 1 && Math.abs(x.top - g.top) < 1 && x.ch === g.ch,
      );
      if (!fresh) break;
      spans.push(squeeze(fresh));
      now = lines(p, size);
      if ((now[l]?.length ?? 0) > line.length) break;
    }
    if ((now[l]?.length ?? 0) <= line.length) {
      for (const s of spans.reverse()) unsqueeze(s);
      if (spans.length > 0) now = lines(p, size);
    }
    all = now;
  }
}

const paragraphs = [...document.querySelectorAll<HTMLElement>(':lang(zh) .review__section p[id]')];
const originals = paragraphs.map((p) => [...p.childNodes].map((n) => n.cloneNode(true)));

function fitAll(): void {
  paragraphs.forEach((p, k) => {
    if (p.querySelector('.squeeze')) p.replaceChildren(...(originals[k] ?? []).map((n) => n.cloneNode(true)));
    if (getComputedStyle(p).textAlign === 'justify') fit(p);
  });
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
