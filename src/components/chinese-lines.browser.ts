/**
 * The lines of a paragraph as the browser set them, glyph by glyph, and the spans the Chinese
 * fitter (chinese-justify.browser.ts) sets around runs of its text. A glyph is named by its offset
 * in the paragraph's text (textContent), which no fitting changes: spans split text nodes, so a
 * node and index would go stale after the first change.
 */
export const HAN = /\p{Script=Han}/u;

export interface Glyph {
  /** Offset in the paragraph's text. */
  at: number;
  ch: string;
  left: number;
  top: number;
  /** The text node the glyph is in, as the paragraph is now. */
  node: Text;
}

/**
 * The lines from the one starting at offset `from` on (all when 0), at most `max`. Glyphs
 * without a box (hidden text) are skipped. Reads layout once, then only boxes.
 */
export function lines(p: HTMLElement, size: number, from = 0, max = Infinity): Glyph[][] {
  const range = document.createRange();
  const out: Glyph[][] = [];
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  let at = 0;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const start = at;
    at += n.data.length;
    if (at <= from) continue;
    for (let i = Math.max(0, from - start); i < n.data.length; i++) {
      range.setStart(n, i);
      range.setEnd(n, i + 1);
      const r = [...range.getClientRects()].find((x) => x.width > 0);
      if (!r) continue;
      const g = { at: start + i, ch: n.data[i] ?? '', left: r.left, top: r.top, node: n };
      const line = out.at(-1);
      if (line && Math.abs((line[0]?.top ?? 0) - r.top) < size / 2) line.push(g);
      else if (out.length === max) return out;
      else out.push([g]);
    }
  }
  return out;
}

/** Mean extra space between adjacent Han characters of a line, in em (as e2e/design-probes.ts). */
export function spread(line: Glyph[], size: number): number {
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

/**
 * Wraps the paragraph's text from offset `from` to `to` in spans of `className`, one per text
 * node it crosses (inside whatever element holds that node: a kept-together pair, a term, a
 * search mark). Returns them, for `unwrap`.
 */
export function wrap(p: HTMLElement, from: number, to: number, className: string): HTMLElement[] {
  const parts: [Text, number, number][] = [];
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  let at = 0;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const a = Math.max(from - at, 0);
    const b = Math.min(to - at, n.data.length);
    if (a < b) parts.push([n, a, b]);
    at += n.data.length;
    if (at >= to) break;
  }
  return parts.map(([n, a, b]) => {
    const mid = a > 0 ? n.splitText(a) : n;
    if (b - a < mid.data.length) mid.splitText(b - a);
    const span = document.createElement('span');
    span.className = className;
    mid.replaceWith(span);
    span.append(mid);
    return span;
  });
}

/** Undoes `wrap`: the text goes back into its parent, joined with its neighbours. */
export function unwrap(spans: HTMLElement[]): void {
  for (const span of spans) {
    const parent = span.parentNode;
    span.replaceWith(...span.childNodes);
    parent?.normalize();
  }
}
