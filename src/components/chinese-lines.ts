/**
 * The line breaker for justified Chinese (pure: runs in the browser, in chinese-justify.browser.ts,
 * and in its unit tests). Given a paragraph's characters with their advances in the page's own
 * font, it chooses where lines end so that no line is spread loose, as a composing room sets a
 * column: a Knuth–Plass breaker (dynamic programming over the break opportunities) that sets the
 * paragraph in a number of lines it is given, shares the slack a kept-together run leaves among
 * several lines, and sets full-width punctuation half-width (标点挤压) where sharing is not enough.
 * Where even that leaves a line loose (a paragraph's first line has nothing above to take from),
 * it may set a line up to TIGHT em a character tighter, or end a line inside a formula after an
 * operator (“1+ / 8+N”), as mathematics is broken; never inside a number.
 */
import { NO_LINE_END, NO_LINE_START } from '../typeset/kinsoku.ts';

/** Full-width marks that may be set half-width: closing marks keep their left half, opening their right. */
export const CLOSING = /[，。、；：！？”’）》」』]/;
export const OPENING = /[“‘（《「『]/;
const QUOTE = /[“”‘’]/;
/** A run of these (a figure, a Latin word) never breaks inside. */
const NARROW = /[0-9A-Za-z.,%+\-/·]/;
/** The spread (em per gap) a set line should keep under, and over which a reader sees it loose (the design check's bar). */
export const LIMIT = 0.08;
export const LOOSE = 0.1;
/**
 * How much tighter than its natural width a line may be set (em a character) where no break
 * and no squeezed mark avoids a loose line: the first line of a paragraph has nothing above to
 * take from (2024年，…下降 before 20.7%， is 0.6 em too wide for 17). A tenth of what a squeezed
 * mark gives; not visible as crowding at reading size.
 */
export const TIGHT = 0.05;
/** A binary operator inside a formula (“1+8+N”), after which a line may end as in mathematics. */
const OPERATOR = '+';

export interface Char {
  ch: string;
  /** Natural advance, px (set ragged: without any justification spread). */
  width: number;
  /** The kept-together run it belongs to (no break inside), if any: same value, same run. */
  unit: unknown;
}

export interface Line {
  /** Its first character (index into the paragraph's characters). */
  start: number;
  /** Characters set half-width, nearest the line's end first. */
  squeezed: number[];
  /** Extra space per justification gap, em (what a reader sees between two Han characters). */
  spread: number;
  /** Space taken from each character, em, where the line is set tighter than its natural width (else 0). */
  tight: number;
}

export function canBreakBefore(chars: readonly Char[], j: number): boolean {
  const a = chars[j - 1];
  const b = chars[j];
  if (!a || !b) return true;
  if (a.unit && a.unit === b.unit) return false;
  if (NO_LINE_START.test(b.ch) || NO_LINE_END.test(a.ch)) return false;
  return !(NARROW.test(a.ch) && NARROW.test(b.ch)) || afterOperator(chars, j);
}

/**
 * A break after an operator between two terms of a formula (“1+ / 8+N”): allowed, as a formula
 * is broken in mathematics, but only where every other setting has a loose line (it costs more
 * than any tight one, less than any loose one). A number itself (20.7%, 1260) never breaks.
 */
export function afterOperator(chars: readonly Char[], j: number): boolean {
  const before = chars[j - 2]?.ch ?? '';
  const b = chars[j]?.ch ?? '';
  return chars[j - 1]?.ch === OPERATOR && /[0-9A-Za-z]/.test(before) && /[0-9A-Za-z]/.test(b);
}

/**
 * How much of a line's slack the engine puts at the gap between two characters (Chromium,
 * measured on the review): a whole share between CJK characters (Han and full-width marks), none
 * inside a figure or a Latin word, a quarter beside a curly quote.
 */
function gap(a: string, b: string): number {
  if (NARROW.test(a) && NARROW.test(b)) return 0;
  if (QUOTE.test(a) || QUOTE.test(b)) return 0.25;
  return 1;
}

const isMark = (ch: string) => CLOSING.test(ch) || OPENING.test(ch);

/**
 * A character's advance where it is set. The engine (text-spacing-trim) sets one mark of a pair
 * half-width (，“), except an opening mark that starts a line; it may also have set a closing mark
 * half-width where it ended a line when measured: a mark beside no other mark is full-width.
 */
function full(chars: readonly Char[], k: number, startsLine: boolean, size: number): number {
  const c = chars[k];
  if (!c) return 0;
  if (!isMark(c.ch)) return c.width;
  const paired = isMark(chars[k - 1]?.ch ?? '') || isMark(chars[k + 1]?.ch ?? '');
  return (startsLine && OPENING.test(c.ch)) || !paired ? Math.max(c.width, size) : c.width;
}

/**
 * A paragraph's characters measured once for every line that may be set from them: prefix sums
 * of advances and gaps, so that a line's width and gaps cost two subtractions.
 */
export interface Metrics {
  chars: readonly Char[];
  size: number;
  /** advance[k]: where it does not start a line; first[k]: where it does. */
  advance: Float64Array;
  first: Float64Array;
  /** Prefix sums: widths[j] of advance[0..j), gaps[j] of the gaps before characters 1..j-1. */
  widths: Float64Array;
  gaps: Float64Array;
  /** The nearest full-width mark at or before k, or -1. */
  markAt: Int32Array;
}

export function measureChars(chars: readonly Char[], size: number): Metrics {
  const n = chars.length;
  const m: Metrics = {
    chars,
    size,
    advance: new Float64Array(n),
    first: new Float64Array(n),
    widths: new Float64Array(n + 1),
    gaps: new Float64Array(n + 1),
    markAt: new Int32Array(n),
  };
  for (let k = 0; k < n; k++) {
    m.advance[k] = full(chars, k, false, size);
    m.first[k] = full(chars, k, true, size);
    m.widths[k + 1] = (m.widths[k] ?? 0) + (m.advance[k] ?? 0);
    m.gaps[k + 1] = (m.gaps[k] ?? 0) + (k > 0 ? gap(chars[k - 1]?.ch ?? '', chars[k]?.ch ?? '') : 0);
    m.markAt[k] = isMark(chars[k]?.ch ?? '') ? k : k > 0 ? (m.markAt[k - 1] ?? -1) : -1;
  }
  return m;
}

/** A line fits when its advances (read to 1/8 px, as the engine sets them) sum to at most the measure and this. */
export const FIT = 0.01;

/**
 * Characters [s, e) set as one line `measure` px wide, with the fewest marks squeezed (nearest
 * the end first) that make it fit, and if that is not enough, set up to TIGHT em a character
 * tighter; null when it cannot fit. A full-width mark is squeezed to half an em.
 */
export function setLine(m: Metrics, s: number, e: number, measure: number): Line | null {
  const { size } = m;
  const own = (k: number) => (k === s ? (m.first[k] ?? 0) : (m.advance[k] ?? 0));
  let width = (m.widths[e] ?? 0) - (m.widths[s] ?? 0) - (m.advance[s] ?? 0) + own(s);
  const gaps = (m.gaps[e] ?? 0) - (m.gaps[s + 1] ?? 0);
  const squeezed: number[] = [];
  for (
    let k = m.markAt[e - 1] ?? -1;
    k >= s && width > measure + FIT;
    k = k > 0 ? (m.markAt[k - 1] ?? -1) : -1
  ) {
    if (own(k) < size * 0.9) continue;
    width -= own(k) - size / 2;
    squeezed.push(k);
  }
  const over = width - measure;
  if (over <= FIT)
    return { start: s, squeezed, spread: Math.max(0, -over) / size / Math.max(gaps, 1), tight: 0 };
  const tight = over / size / (e - s);
  return tight <= TIGHT ? { start: s, squeezed, spread: 0, tight } : null;
}

/**
 * What a line costs. A line a reader sees as loose (over LOOSE) costs more than any setting
 * without one (whatever its squeezes, tightened lines and formula breaks); over LIMIT the excess
 * grows with its square, so two lines a little loose beat one very loose (at 200% text, with 7
 * characters a line, some must be).
 */
const cost = (line: Line): number =>
  line.spread ** 2 +
  (line.spread > LIMIT ? 100 * (line.spread - LIMIT) ** 2 : 0) +
  (line.spread > LOOSE ? 1 : 0) +
  (line.tight > 0 ? 0.05 + 20 * line.tight ** 2 : 0) +
  line.squeezed.length * 0.001;
/** A formula broken after an operator: dearer than any tight setting, cheaper than a loose line. */
const OPERATOR_COST = 0.05;

export interface Setting {
  lines: Line[];
  /** The sum of the lines' costs (the last line, set ragged, costs nothing but its squeezes). */
  cost: number;
}

/** A line spread more than this (em a gap) is never chosen: the breaker does not consider it. */
const WORST = 0.75;

/**
 * The paragraph set with the least cost in one of `counts` lines (the first count wins a tie), or
 * null when it cannot be. Every line a break may start is set once, for all counts; the cheapest
 * ways to each break, line by line, are kept in flat arrays (it runs on a phone, after load).
 */
export function breakLines(m: Metrics, counts: readonly number[], measure: number): Setting | null {
  const { chars } = m;
  const n = chars.length;
  const breaks = [0];
  for (let j = 1; j < n; j++) if (canBreakBefore(chars, j)) breaks.push(j);
  breaks.push(n);
  // The lines each break may start: candidates first[i] to first[i + 1] - 1.
  const lines: Line[] = [];
  const ends: number[] = [];
  const costs: number[] = [];
  const first = new Int32Array(breaks.length + 1);
  breaks.forEach((s, i) => {
    first[i] = lines.length;
    for (let j = i + 1; j < breaks.length; j++) {
      const e = breaks[j] ?? n;
      const line = setLine(m, s, e, measure);
      // Wider lines do not fit either.
      if (!line) break;
      if (e < n && line.spread > WORST) continue;
      lines.push(line);
      ends.push(e);
      // The last line is set ragged: its spread costs nothing (its squeezes and tightening do).
      costs.push(
        e === n ? cost({ ...line, spread: 0 }) : cost(line) + (afterOperator(chars, e) ? OPERATOR_COST : 0),
      );
    }
  });
  first[breaks.length] = lines.length;
  const at = new Int32Array(n + 1).fill(-1);
  breaks.forEach((b, i) => (at[b] = i));
  let found: Setting | null = null;
  for (const count of counts) {
    if (count < 1) continue;
    // best[c * (n + 1) + j]: the least cost of characters [0, j) in c lines; via: its last line.
    const best = new Float64Array((count + 1) * (n + 1)).fill(Infinity);
    const via = new Int32Array((count + 1) * (n + 1)).fill(-1);
    best[0] = 0;
    for (let c = 1; c <= count; c++) {
      for (let i = 0; i < breaks.length - 1; i++) {
        const s = breaks[i] ?? 0;
        const prev = best[(c - 1) * (n + 1) + s] ?? Infinity;
        if (prev === Infinity) continue;
        for (let k = first[i] ?? 0; k < (first[i + 1] ?? 0); k++) {
          const e = ends[k] ?? n;
          // Only the last line ends the paragraph.
          if ((e === n) !== (c === count)) continue;
          const total = prev + (costs[k] ?? 0);
          if (total < (best[c * (n + 1) + e] ?? Infinity)) {
            best[c * (n + 1) + e] = total;
            via[c * (n + 1) + e] = k;
          }
        }
      }
    }
    const total = best[count * (n + 1) + n] ?? Infinity;
    if (total === Infinity || (found && found.cost <= total)) continue;
    const set: Line[] = [];
    for (let c = count, j = n; c > 0; c--) {
      const line = lines[via[c * (n + 1) + j] ?? -1];
      if (!line) break;
      set.unshift(line);
      j = line.start;
    }
    found = { lines: set, cost: total };
  }
  return found;
}
