/**
 * A paragraph's lines, read from and given to the engine (browser; chinese-justify.browser.ts
 * decides which paragraphs and when, chinese-lines.ts where their lines end). Read: each visible
 * character with its advance and the line it is on. Given: a keep-together span from each
 * planned break to where the engine's greedy line would have ended, a half-width span (标点挤压)
 * on each squeezed mark, a letter-spaced span on a tightened line and a <wbr> where a line ends
 * inside a formula. Checked: the engine's lines against the plan, two characters a line. Put
 * back: only these, unwrapped (a search's marks, added later, stay).
 */
import {
  afterOperator,
  FIT,
  OPENING,
  type Char,
  type Line,
  type Metrics,
  type Setting,
} from './chinese-lines.ts';

export interface Glyph extends Char {
  node: Text;
  i: number;
  top: number;
  /** Where it is in the paragraph's text: what the fitter's spans and <wbr> leave unchanged. */
  at: number;
}

/** The paragraph's visible characters, each with its advance (set ragged). */
export function glyphs(p: HTMLElement): Glyph[] {
  const range = document.createRange();
  const out: Glyph[] = [];
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  let at = 0;
  for (
    let n = walker.nextNode() as Text | null;
    n;
    at += n.data.length, n = walker.nextNode() as Text | null
  ) {
    // The outermost kept-together element around the text: no break inside it.
    let unit: Element | null = null;
    for (let e = n.parentElement; e && e !== p; e = e.parentElement) if (e.matches('.nobr, button')) unit = e;
    for (let i = 0; i < n.data.length; i++) {
      range.setStart(n, i);
      range.setEnd(n, i + 1);
      const r = [...range.getClientRects()].find((x) => x.width > 0);
      // A rect is rounded to the engine's 1/64 px: an advance of 18 px reads 18.016.
      if (r)
        out.push({
          node: n,
          i,
          ch: n.data[i] ?? '',
          width: Math.round(r.width * 8) / 8,
          top: r.top,
          unit,
          at: at + i,
        });
    }
  }
  return out;
}

/**
 * Where the given characters of the paragraph's text are now (text node and index), after its
 * text nodes were split and moved: found by their place in the text (`at`, in text order),
 * without measuring. One not found (the text changed meanwhile) is undefined.
 */
function locate(p: HTMLElement, at: readonly number[]): ({ node: Text; i: number } | undefined)[] {
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  let n = walker.nextNode() as Text | null;
  let start = 0;
  return at.map((a) => {
    while (n && a >= start + n.data.length) {
      start += n.data.length;
      n = walker.nextNode() as Text | null;
    }
    return n ? { node: n, i: a - start } : undefined;
  });
}

/**
 * Whether the engine set the paragraph's lines as planned: each line's first and last character
 * on one line, and the next line's first below it (two characters a line, not all of them).
 */
export function setAsPlanned(
  p: HTMLElement,
  planned: readonly Glyph[],
  lines: readonly Line[],
  size: number,
): boolean {
  const ends = lines.flatMap((l, c) => [l.start, (lines[c + 1]?.start ?? planned.length) - 1]);
  const range = document.createRange();
  const tops = locate(
    p,
    ends.map((k) => planned[k]?.at ?? 0),
  ).map((place) => {
    // A character not found (the text changed meanwhile) is nowhere: the plan did not hold.
    if (!place) return NaN;
    range.setStart(place.node, place.i);
    range.setEnd(place.node, place.i + 1);
    return [...range.getClientRects()].find((r) => r.width > 0)?.top ?? NaN;
  });
  return tops.every((top, k) => {
    const previous = tops[k - 1] ?? -Infinity;
    // Even places are a line's first character (below the previous line), odd its last (on it).
    return k % 2 === 0 ? top - previous >= size / 2 : Math.abs(top - previous) < size / 2;
  });
}

/** Where each line starts (glyph indexes), as the engine set the paragraph. */
export function lineStarts(all: Glyph[], size: number): number[] {
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

function wrap(range: Range, className: string): HTMLElement {
  const span = document.createElement('span');
  span.className = className;
  span.append(range.extractContents());
  range.insertNode(span);
  return span;
}

/** Gives the engine a setting's breaks and squeezes; false when they cannot be given. */
export function apply(p: HTMLElement, all: Glyph[], m: Metrics, setting: Setting, measure: number): boolean {
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
  lines.forEach((line, c) => {
    width[line.start] = m.first[line.start] ?? 0;
    for (const k of line.squeezed) {
      width[k] = m.size / 2;
      squeezes.push(glyphRange(k, k));
    }
    const end = lines[c + 1]?.start ?? all.length;
    for (let k = line.start; k < end && line.tight > 0; k++) width[k] = (width[k] ?? 0) - line.tight * m.size;
  });
  // Each line ends where the plan says, not where the engine's greedy line would: the characters
  // from the break to the first that would not fit are kept together, so they start the next line.
  const keeps: Range[] = [];
  for (let c = 0; c < lines.length - 1; c++) {
    const s = lines[c]?.start ?? 0;
    const e = lines[c + 1]?.start ?? 0;
    let used = 0;
    let o = s;
    while (o < all.length && used + (width[o] ?? 0) <= measure + FIT) used += width[o++] ?? 0;
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
  if (lines.some((l, c) => l.tight > 0 || (c > 0 && afterOperator(all, l.start))))
    tightenAndBreak(p, all, lines);
  return true;
}

/**
 * The second pass, on the paragraph as the first left it (its text nodes split and moved, so
 * its characters found again by their place in the text): a tightened line's characters in one span, whole elements only (a kept-together
 * run inside it goes whole: lines break only between them), and a <wbr> where a line ends inside
 * a formula, which the engine does not offer. Last line first, so that what is done later in the
 * text leaves the places read earlier in it where they were.
 */
function tightenAndBreak(p: HTMLElement, planned: Glyph[], lines: Line[]): void {
  const now = locate(
    p,
    planned.map((g) => g.at),
  );
  for (let c = lines.length - 1; c >= 0; c--) {
    const line = lines[c] as Line;
    const end = lines[c + 1]?.start ?? now.length;
    const first = now[line.start];
    const last = now[end - 1];
    if (line.tight > 0 && first && last) {
      const range = document.createRange();
      range.setStart(...lift(p, first.node, first.i, false));
      range.setEnd(...lift(p, last.node, last.i + 1, true));
      wrap(range, 'fit tight').style.letterSpacing = `${-line.tight.toFixed(4)}em`;
    }
    const before = now[line.start - 1];
    if (c > 0 && before && afterOperator(planned, line.start)) {
      const at = document.createRange();
      at.setStart(before.node, before.i + 1);
      const wbr = document.createElement('wbr');
      wbr.className = 'fit';
      at.insertNode(wbr);
    }
  }
}

/**
 * Puts a paragraph back as the build set it: its own spans unwrapped and its own <wbr> removed,
 * nothing else touched (a search's marks, added after the fitting, stay).
 */
export function restore(p: HTMLElement): void {
  for (const span of p.querySelectorAll('.fit, .squeeze')) span.replaceWith(...span.childNodes);
  p.normalize();
}
