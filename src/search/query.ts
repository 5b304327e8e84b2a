/**
 * What the reader typed, taken apart: words (tokens), the script they are in, and for Chinese the
 * phrases that must appear literally. Runs in the browser (search page) and in Node (tests).
 *
 * Why literal phrases for Chinese: Pagefind's index splits words its dictionary does not know
 * into single characters (网格 → 网 + 格), so on its own it would also find "精网微格" for 网格, or
 * 平台 + 作风 for 台风, and mark stray single characters in excerpts. A result is kept only if
 * it contains what was typed, and only those words are highlighted.
 */

import { findFigures, formPattern, plain, type Figure } from './numbers.ts';

export const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

export type TokenKind = 'han' | 'latin' | 'number';

export interface Token {
  /** The token as matched against text: NFKC-normalised, lower-cased. */
  text: string;
  kind: TokenKind;
  /**
   * Chinese tokens: the parts that must each appear literally when the whole token does not:
   * the dictionary words of two or more characters (网格服务驿站 → 网格, 服务, 驿站), or the
   * token itself when it has no such part.
   */
  phrases: string[];
  /** Latin tokens: the stem that highlighted words start with (protecting → protect). */
  stem: string;
  /** Figures: the value, however it was written (1260万, 12.6 million, 1,204). */
  figure?: Figure;
  /**
   * Other ways the token may be written in the text (synonyms, the figure in other units, the
   * other script): a regular expression source to find it, and the term to give Pagefind.
   * Filled in by `expandQuery` (src/search/expand.ts).
   */
  alts: Alt[];
}

export interface Alt {
  search: string;
  pattern: string;
}

export interface ParsedQuery {
  /** The query as searched: normalised, single-spaced, at most `maxQueryLength` characters. */
  text: string;
  tokens: Token[];
}

export const maxQueryLength = 100;

/** Characters that join a token (20.7%, 1+1+6, grid-plus, people’s) rather than split it. */
const JOINERS = ".%+-'’/";

/** `Ｆｒａｕｄ ２０.７％` → `fraud 20.7%`: full-width forms folded (NFKC), lower case, one space. */
export function normalizeQuery(raw: string): string {
  return raw
    .normalize('NFKC')
    .toLocaleLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxQueryLength)
    .trim();
}

export function parseQuery(raw: string): ParsedQuery {
  const text = normalizeQuery(raw);
  const tokens: Token[] = [];
  // Figures (1260万元, 12.6 million, 1,204件, 20.7%) are one token whatever their unit; the text
  // between them is split into words.
  const push = (token: Token) => {
    if (!tokens.some((t) => t.text === token.text)) tokens.push(token);
  };
  const words = (piece: string) => {
    for (const part of splitTokens(piece)) {
      const kind: TokenKind = HAN.test(part) ? 'han' : LATIN.test(part) ? 'latin' : 'number';
      push({
        text: part,
        kind,
        phrases: kind === 'han' ? hanPhrases(part) : [],
        stem: kind === 'latin' ? stem(part) : part,
        alts: [],
      });
    }
  };
  let at = 0;
  for (const { figure, start, end } of findFigures(text)) {
    // 1+1+6 and 2023-2024 are names, not amounts: left to the word splitter.
    if (/[+\-/]$/.test(text.slice(0, start)) || /^[+\-/]\d/.test(text.slice(end))) continue;
    words(text.slice(at, start));
    at = end;
    const own = plain(figure.value);
    push({
      text: figure.typed,
      kind: 'number',
      phrases: [],
      stem: own,
      figure,
      alts: [{ search: own, pattern: formPattern(own) }],
    });
  }
  words(text.slice(at));
  return { text, tokens };
}

function splitTokens(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const ch of text) {
    if (/[\p{L}\p{N}\p{M}]/u.test(ch) || (JOINERS.includes(ch) && current !== '')) current += ch;
    else {
      if (current) out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  // Joiners at the end belong to the sentence, not the word ("fraud." → fraud), except "%".
  return out.map((t) => t.replace(/[.+\-'’/]+$/u, '')).filter((t) => t !== '');
}

let segmenter: Intl.Segmenter | undefined;

/** Dictionary words of a Chinese token, as the browser segments it (the same way Pagefind does). */
export function segmentWords(text: string): string[] {
  if (typeof Intl.Segmenter === 'undefined') return [text];
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/**
 * The pieces of a Chinese token: its dictionary words, with characters the dictionary leaves
 * single joined to their neighbours (新/质/生产/力 → 新质, 生产力; 网/格/服务 → 网格, 服务), so no
 * piece is a lone character that would match anywhere.
 */
function hanPhrases(token: string): string[] {
  if ([...token].filter((c) => HAN.test(c)).length < 2) return [token];
  const pieces: { text: string; single: boolean }[] = [];
  for (const word of segmentWords(token)) {
    const single = [...word].length === 1;
    const last = pieces.at(-1);
    if (last && single) {
      // A run of single characters grows; a lone character joins the word before it.
      last.text += word;
    } else if (last && !single && last.single && [...last.text].length === 1) {
      // A lone character at the start joins the word after it.
      last.text += word;
      last.single = false;
    } else {
      pieces.push({ text: word, single });
    }
  }
  const phrases = pieces.map((p) => p.text).filter((p) => [...p].length >= 2);
  return phrases.length > 0 ? [...new Set(phrases)] : [token];
}

const SUFFIXES = ['ations', 'ation', 'ings', 'ing', 'ions', 'ion', 'ies', 'ied', 'es', 'ed', 's'];

/**
 * A crude English stem, short enough that the word's other forms start with it too (protecting →
 * protect, communities → communit, stopped → stop). Pagefind does the real stemming when searching; this only
 * finds which words to highlight and checks that a result really has the word.
 */
export function stem(word: string): string {
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    let base = word.slice(0, -suffix.length);
    // "es" is an ending only after ss, x, z, ch, sh (boxes, classes); in "cases" it is "s".
    if (suffix === 'es' && !/(ss|x|z|ch|sh)$/.test(base)) continue;
    if (
      (suffix === 'ing' || suffix === 'ed') &&
      /([b-df-hj-km-np-rtv-z])\1$/.test(base) &&
      !/(ll|ss|zz)$/.test(base)
    ) {
      base = base.slice(0, -1);
    }
    return base.length >= 4 || suffix.length <= 2 ? base : word;
  }
  return word;
}

/**
 * The strings to give Pagefind for a query: every combination of each token's forms (the token as
 * typed, its synonyms, a figure's number in each unit, 1+1+6 also without its plus signs, which
 * the English index stores as 116), at most `maxPagefindQueries` of them.
 */
export const maxPagefindQueries = 16;

export function pagefindQueries(q: ParsedQuery): string[] {
  let combos: string[] = [''];
  for (const t of q.tokens) {
    const own = t.figure
      ? []
      : t.kind === 'number' && t.text.includes('+')
        ? [t.text, t.text.replace(/\+/g, '')]
        : [t.text];
    const options = [...new Set([...own, ...t.alts.map((a) => a.search)])];
    const next: string[] = [];
    for (const c of combos)
      for (const o of options) if (next.length < maxPagefindQueries) next.push(c ? `${c} ${o}` : o);
    combos = next;
  }
  return [...new Set(combos)].filter((c) => c !== '');
}

/** Does the query contain Chinese characters / Latin letters? Decides which edition can answer it. */
export const hasHan = (q: ParsedQuery): boolean => q.tokens.some((t) => t.kind === 'han');
export const hasLatin = (q: ParsedQuery): boolean => q.tokens.some((t) => t.kind === 'latin');

/**
 * A shorter query to suggest when nothing was found: the first word of a multi-word query, or
 * the first dictionary word of a long Chinese token. Undefined when there is nothing shorter.
 */
export function shorterQuery(q: ParsedQuery): string | undefined {
  const [first] = q.tokens;
  if (!first) return undefined;
  if (q.tokens.length > 1) return first.text;
  if (first.kind === 'han') {
    const word = segmentWords(first.text).find((w) => w.length >= 2 && w !== first.text);
    if (word) return word;
    if ([...first.text].length > 2) return [...first.text].slice(0, 2).join('');
  }
  // Never a Latin stem ("medi" for "mediation"): a suggestion is a word a reader would type; the
  // English "did you mean" comes from the index's own vocabulary (src/search/typos.ts).
  return undefined;
}
