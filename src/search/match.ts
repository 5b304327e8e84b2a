import { HAN, type ParsedQuery, type Token } from './query.ts';

/**
 * From a Pagefind record (one review section) and the reader's query to what a result shows:
 * which paragraph matched, an excerpt around the words, which words to highlight, and where the
 * link lands. Pure functions over plain data, so they are unit-tested without a browser.
 */

/** The parts of Pagefind's fragment data we read (see `PagefindSearchFragment`). */
export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { element: string; id: string; text?: string; location: number }[];
  locations: number[];
}

/** A paragraph (or heading) of a record, in the script shown, with its twin in the other script. */
export interface Block {
  id: string;
  /** The element id on the review page that a link to this block lands on. */
  target: string;
  text: string;
  /** The same block in the other Chinese script (same length), if the record carries it. */
  alt?: string;
  /** Pagefind's word position where the block starts. */
  location: number;
}

export interface Range {
  start: number;
  end: number;
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface Match {
  block: Block | undefined;
  excerpt: ExcerptPart[];
  /** The highlighted words, as they are written in the block: what the landing page marks. */
  words: string[];
  /** Did the query's Chinese match this record in its own script (false: only in the twin's)? */
  ownScript: boolean;
}

const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'code',
  'em',
  'i',
  'mark',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
]);
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * The blocks of a record. `swap` shows the twin script (an English page offering zh-hant results
 * from the zh-hans index, whose records carry the Traditional text as the twin).
 */
export function blocksOf(fragment: Fragment, swap = false): Block[] {
  const section = fragment.filters['section']?.[0] ?? '';
  const twins = new Map(
    fragment.anchors
      .filter((a) => a.id.startsWith('alt-'))
      .map((a) => [a.id.slice(4), collapse(a.text ?? '')]),
  );
  return fragment.anchors
    .filter(
      (a) => !a.id.startsWith('alt-') && a.element !== 'section' && !INLINE.has(a.element) && a.text?.trim(),
    )
    .map((a) => {
      const own = collapse(a.text ?? '');
      const twin = twins.get(a.id);
      const aligned = twin !== undefined && twin.length === own.length;
      const [text, alt] = swap && aligned ? [twin, own] : [own, aligned ? twin : undefined];
      return {
        id: a.id,
        target: landingTarget(a.id, a.element, section),
        text,
        ...(alt ? { alt } : {}),
        location: a.location,
      };
    });
}

/** `_2_chart-cases` → `chart-cases`; a heading → its section; a paragraph → itself. */
export function landingTarget(id: string, element: string, section: string): string {
  const synthetic = /^_\d+_(.+)$/.exec(id);
  if (synthetic?.[1]) return synthetic[1];
  if (/^h[1-6]$/.test(element)) return section || id;
  return id;
}

/** Lower-cases without changing the length, so offsets stay valid in the original text. */
function lower(text: string): string {
  let out = '';
  for (const ch of text) {
    const l = ch.toLocaleLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function allIndexes(haystack: string, needle: string): Range[] {
  const out: Range[] = [];
  if (!needle) return out;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) {
    out.push({ start: i, end: i + needle.length });
  }
  return out;
}

/** Where one token occurs in a text: whole words only, never stray single characters. */
export function tokenRanges(text: string, token: Token): Range[] {
  const hay = lower(text);
  if (token.kind === 'han') {
    const literal = allIndexes(hay, token.text);
    return literal.length > 0 ? literal : token.phrases.flatMap((p) => allIndexes(hay, p));
  }
  // Latin: words starting with the stem, highlighted whole (grid → "grids" in "micro-grids").
  // Numbers: the number with its decimals and per cent sign (17 → "17.3%"), not part of 2017.
  // Word boundaries are Latin letters and digits: a Chinese character next to a figure (下降17.3%)
  // or an English word is a boundary.
  const pattern =
    token.kind === 'latin'
      ? `(?<![\\p{Script=Latin}\\p{N}])${escape(token.stem)}[\\p{Script=Latin}\\p{N}]*`
      : `(?<![\\p{Script=Latin}\\p{N}.])${escape(token.text)}(?:[.,]\\p{N}+)*%?`;
  return [...hay.matchAll(new RegExp(pattern, 'gu'))].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Overlapping ranges become one; adjacent words stay separate marks. */
function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

interface BlockHits {
  ranges: Range[];
  tokens: number;
  own: number;
}

/** Hits in a block, in its own text and (mapped by offset) in its twin's. */
function blockHits(block: Block, q: ParsedQuery): BlockHits {
  const ranges: Range[] = [];
  let tokens = 0;
  let own = 0;
  for (const token of q.tokens) {
    const mine = tokenRanges(block.text, token);
    const twin = token.kind === 'han' && block.alt ? tokenRanges(block.alt, token) : [];
    if (mine.length > 0 || twin.length > 0) tokens++;
    if (token.kind === 'han' && mine.length > 0) own++;
    ranges.push(...mine, ...twin);
  }
  return { ranges: merge(ranges), tokens, own };
}

/**
 * Does the record contain what was typed? Each word must be there: a Chinese token literally (or
 * all of its phrases), in either script; an English word as a word starting with its stem; a
 * figure as written. Pagefind alone also returns near misses (台风 for 平台…作风, "football"
 * for "foot").
 */
export function containsQuery(fragment: Fragment, q: ParsedQuery): boolean {
  const hay = lower(fragment.content);
  return q.tokens.every((t) =>
    t.kind === 'han'
      ? hay.includes(t.text) || t.phrases.every((p) => hay.includes(p))
      : tokenRanges(hay, t).length > 0,
  );
}

/** The best paragraph for the query, its excerpt, and the words to highlight there. */
export function matchRecord(fragment: Fragment, q: ParsedQuery, swap = false): Match {
  const blocks = blocksOf(fragment, swap);
  let best: { block: Block; hits: BlockHits } | undefined;
  let ownScript = false;
  for (const block of blocks) {
    const hits = blockHits(block, q);
    if (hits.own > 0) ownScript = true;
    if (hits.tokens > (best?.hits.tokens ?? 0)) best = { block, hits };
  }
  if (best) {
    const { block, hits } = best;
    const words = [...new Set(hits.ranges.map((r) => block.text.slice(r.start, r.end)))].slice(0, 8);
    return { block, excerpt: excerpt(block.text, hits.ranges), words, ownScript };
  }
  // Pagefind matched a form our highlighter does not know (a stem it derived): show the paragraph
  // where its first matching word is, unmarked rather than wrongly marked.
  const first = fragment.locations[0] ?? 0;
  const block = blocks.filter((b) => b.location <= first).at(-1) ?? blocks[0];
  return { block, excerpt: block ? excerpt(block.text, []) : [], words: [], ownScript: false };
}

const isCJK = (text: string): boolean => HAN.test(text.slice(0, 40));

/**
 * A short window of the text around the first hit, cut at word boundaries for English, with the
 * hits marked. About 90 characters of Chinese or 200 of English.
 */
export function excerpt(text: string, ranges: Range[]): ExcerptPart[] {
  const cjk = isCJK(text);
  const [before, size] = cjk ? [20, 90] : [60, 200];
  const first = ranges[0]?.start ?? 0;
  let start = Math.max(0, first - before);
  let end = Math.min(text.length, start + size);
  start = Math.max(0, Math.min(start, end - size));
  if (!cjk) {
    if (start > 0) start = text.indexOf(' ', start) + 1 || start;
    if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  }
  const parts: ExcerptPart[] = [];
  const push = (s: string, mark: boolean) => s && parts.push({ text: s, mark });
  if (start > 0) push('…', false);
  let at = start;
  for (const r of ranges) {
    if (r.end <= start || r.start >= end) continue;
    const s = Math.max(r.start, start);
    const e = Math.min(r.end, end);
    push(text.slice(at, s), false);
    push(text.slice(s, e), true);
    at = e;
  }
  push(text.slice(at, end), false);
  if (end < text.length) push('…', false);
  return parts;
}
