import { excerpt, firstWords, type ExcerptPart, type Range } from './excerpt.ts';
import type { ParsedQuery, Token } from './query.ts';

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
  /** Pagefind's element name: p, li, figure, h2 … */
  element: string;
  /** What the passage is: a figure's title, else undefined (its first words say it). */
  label?: string;
  /** Pagefind's word position where the block starts. */
  location: number;
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
 * The blocks of a record. `convert` shows the text in another script (an English page offering
 * zh-hant results from the zh-hans index folds it with the character map; same length).
 */
export function blocksOf(fragment: Fragment, convert?: (s: string) => string): Block[] {
  const section = fragment.filters['section']?.[0] ?? '';
  const show = convert ?? ((s: string) => s);
  // A figure's title is its caption's `…-title` span (chart-cases-title for #chart-cases).
  const titles = new Map(
    fragment.anchors
      .filter((a) => a.id.endsWith('-title') && a.text?.trim() && !MARKS.has(a.text))
      .map((a) => [a.id.slice(0, -'-title'.length), show(collapse(a.text ?? ''))]),
  );
  const markers = fragment.anchors.filter((a) => MARKS.has(a.text ?? ''));
  if (markers.length > 0) {
    // Records mark each block's start (src/search/records.ts `markedBlocks`): cut content there.
    const parts = fragment.content.split(/[\uE000-\uE002]/u).slice(1);
    return markers
      .map((a, i) => {
        const element = MARKS.get(a.text ?? '') ?? 'p';
        const label = element === 'figure' ? titles.get(a.id) : undefined;
        return {
          id: a.id,
          target: landingTarget(a.id, element, section),
          text: show(collapse(parts[i] ?? '')),
          element,
          ...(label ? { label } : {}),
          location: a.location,
        };
      })
      .filter((b) => b.text !== '');
  }
  return fragment.anchors
    .filter((a) => a.element !== 'section' && !INLINE.has(a.element) && a.text?.trim())
    .map((a) => {
      const target = landingTarget(a.id, a.element, section);
      const label = a.element === 'figure' ? titles.get(a.id) : undefined;
      return {
        id: a.id,
        target,
        text: show(collapse(a.text ?? '')),
        element: a.element,
        ...(label ? { label } : {}),
        location: a.location,
      };
    });
}

/** Block markers in a record's content (src/search/records.ts `BLOCK_MARKS`) → element kind. */
const MARKS = new Map([
  ['\uE000', 'p'],
  ['\uE001', 'h2'],
  ['\uE002', 'figure'],
]);

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
  const alts = token.alts.flatMap((a) =>
    [...hay.matchAll(new RegExp(a.pattern, 'gu'))].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
    })),
  );
  if (token.kind === 'han') {
    const literal = allIndexes(hay, token.text);
    return [...(literal.length > 0 ? literal : token.phrases.flatMap((p) => allIndexes(hay, p))), ...alts];
  }
  // A figure is found by its forms (1260万, 12.6 million, 12,600,000), all among the alts.
  if (token.figure) return alts;
  // Latin: words starting with the stem, highlighted whole (grid → "grids" in "micro-grids").
  // Numbers: the number with its decimals and per cent sign (17 → "17.3%"), not part of 2017.
  // Word boundaries are Latin letters and digits: a Chinese character next to a figure (下降17.3%)
  // or an English word is a boundary.
  const pattern =
    token.kind === 'latin'
      ? `(?<![\\p{Script=Latin}\\p{N}])${escape(token.stem)}[\\p{Script=Latin}\\p{N}]*`
      : `(?<![\\p{Script=Latin}\\p{N}.])${escape(token.text)}(?:[.,]\\p{N}+)*%?`;
  return [
    ...[...hay.matchAll(new RegExp(pattern, 'gu'))].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
    })),
    ...alts,
  ];
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
}

/** Hits of the query's tokens (and their synonyms, figures in other units) in a block. */
function blockHits(block: Block, q: ParsedQuery): BlockHits {
  const ranges: Range[] = [];
  let tokens = 0;
  for (const token of q.tokens) {
    const mine = tokenRanges(block.text, token);
    if (mine.length > 0) tokens++;
    ranges.push(...mine);
  }
  return { ranges: merge(ranges), tokens };
}

/**
 * Does the record contain what was typed? Each word must be there: a Chinese token literally (or
 * all of its phrases), an English word as a word starting with its stem, a figure in one of its
 * forms — or one of the token's synonyms. Pagefind alone also returns near misses (台风 for
 * 平台…作风, "football" for "foot").
 */
export function containsQuery(fragment: Fragment, q: ParsedQuery): boolean {
  const hay = lower(fragment.content);
  return q.tokens.every((t) =>
    t.kind === 'han'
      ? hay.includes(t.text) ||
        t.phrases.every((p) => hay.includes(p)) ||
        t.alts.some((a) => new RegExp(a.pattern, 'u').test(hay))
      : tokenRanges(hay, t).length > 0,
  );
}

/** One result: a passage (a paragraph, or a figure with its title) and what matched in it. */
export interface Passage {
  block: Block;
  /** What the passage is about: a figure's title, or the paragraph's first words. */
  heading: string;
  excerpt: ExcerptPart[];
  /** The highlighted words, as they are written in the block: what the landing page marks. */
  words: string[];
}

/**
 * The passages of a record that answer the query, in reading order: every block that has all the
 * query's words; if none has them all (they are spread over paragraphs), the block with the most.
 * A figure and the paragraphs inside it are one passage (the figure).
 */
export function matchPassages(
  fragment: Fragment,
  q: ParsedQuery,
  convert?: (s: string) => string,
): Passage[] {
  const blocks = blocksOf(fragment, convert);
  const hits = blocks.map((block) => ({ block, hits: blockHits(block, q) }));
  const need = q.tokens.length;
  let chosen = hits.filter((h) => h.hits.tokens === need && need > 0);
  if (chosen.length === 0) {
    const best = hits.reduce<(typeof hits)[number] | undefined>(
      (b, h) => (h.hits.tokens > (b?.hits.tokens ?? 0) ? h : b),
      undefined,
    );
    chosen = best ? [best] : [];
  }
  const byTarget = new Map<string, (typeof hits)[number]>();
  for (const h of chosen) {
    const had = byTarget.get(h.block.target);
    // The figure itself rather than a line inside it; else the first block landing there.
    if (!had || (h.block.element === 'figure' && had.block.element !== 'figure'))
      byTarget.set(h.block.target, h);
  }
  const passages = [...byTarget.values()].map(({ block, hits }) => ({
    block,
    heading: block.label ?? firstWords(block.text),
    excerpt: excerpt(block.text, hits.ranges),
    words: [...new Set(hits.ranges.map((r) => block.text.slice(r.start, r.end)))].slice(0, 8),
  }));
  if (passages.length > 0) return passages;
  // Pagefind matched a form our highlighter does not know (a stem it derived): show the paragraph
  // where its first matching word is, unmarked rather than wrongly marked.
  const first = fragment.locations[0] ?? 0;
  const block = blocks.filter((b) => b.location <= first).at(-1) ?? blocks[0];
  return block
    ? [{ block, heading: block.label ?? firstWords(block.text), excerpt: excerpt(block.text, []), words: [] }]
    : [];
}
