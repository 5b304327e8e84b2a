/**
 * Build-time typesetting of text runs (runs at build only; nothing here ships to the browser).
 * Each function takes the raw (HTML-escaped) text of one text node and returns HTML for it.
 *
 * - `phrases`: Chinese headings and labels break only between words. BudouX (Google's phrase
 *   segmenter, Simplified and Traditional models) finds the phrases; a `<wbr>` marks each break
 *   and CSS `word-break: keep-all` forbids every other break.
 * - `bodyChinese`: a number stays with its measure word (100家, 1800余件, 59场), and a paragraph's
 *   last line never holds a single character (the last characters are kept together).
 * - `bodyEnglish`: a number stays with the word after it (12.6 million), an em dash with the word
 *   before it, and the last two words of a paragraph stay together when they are short.
 */
import { loadDefaultSimplifiedChineseParser, loadDefaultTraditionalChineseParser } from 'budoux';
import { NO_LINE_END, NO_LINE_START } from './kinsoku.ts';

export type Script = 'hans' | 'hant';
/** The script an edition is set in: a Chinese script, or English. */
export type TextScript = Script | 'en';

const parsers = { hans: loadDefaultSimplifiedChineseParser(), hant: loadDefaultTraditionalChineseParser() };

export const decode = (raw: string): string =>
  raw.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k.startsWith('#x')) return String.fromCodePoint(parseInt(k.slice(2), 16));
    if (k.startsWith('#')) return String.fromCodePoint(parseInt(k.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[k] ?? '';
  });
export const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const HAN = /\p{Script=Han}/u;
const ALNUM = /[0-9A-Za-z.,%％]/;

const segmenters = {
  hans: new Intl.Segmenter('zh-Hans', { granularity: 'word' }),
  hant: new Intl.Segmenter('zh-Hant', { granularity: 'word' }),
};
const countable = (s: string): number => [...s].filter((c) => HAN.test(c) || /[0-9A-Za-z]/.test(c)).length;

/**
 * Phrase boundaries (indexes into `text`) where a line may break: where BudouX ends a phrase and
 * ICU's dictionary (Intl.Segmenter) agrees a word ends, so neither model's slip alone splits a
 * word (BudouX's Traditional model alone gives 平｜安南通). Every piece keeps at least two
 * characters (no 政｜法), and no break falls inside a number or next to punctuation that cannot
 * end or start a line.
 */
export function phraseBreaks(text: string, script: Script): number[] {
  const words = new Set([...segmenters[script].segment(text)].map((s) => s.index));
  const candidates: number[] = [];
  let at = 0;
  for (const part of parsers[script].parse(text).slice(0, -1)) {
    at += part.length;
    if (words.has(at)) candidates.push(at);
  }
  const breaks: number[] = [];
  let last = 0;
  for (const b of candidates) {
    const before = text[b - 1] ?? '';
    const after = text[b] ?? '';
    if (ALNUM.test(before) && ALNUM.test(after)) continue;
    if (/\s/.test(before) || /\s/.test(after) || NO_LINE_START.test(after) || NO_LINE_END.test(before))
      continue;
    if (!HAN.test(before) && !HAN.test(after)) continue;
    if (countable(text.slice(last, b)) < 2 || countable(text.slice(b)) < 2) continue;
    breaks.push(b);
    last = b;
  }
  return breaks;
}

/** A heading's or label's text with `<wbr>` between its phrases. */
export function phrases(raw: string, script: Script): string {
  const text = decode(raw);
  if (!HAN.test(text)) return raw;
  const breaks = phraseBreaks(text, script);
  let out = '';
  let from = 0;
  for (const b of breaks) {
    out += `${escape(text.slice(from, b))}<wbr>`;
    from = b;
  }
  return out + escape(text.slice(from));
}

const nobr = (s: string): string => `<span class="nobr">${s}</span>`;

/**
 * A number and the measure word after it: 100家, 1800余件, 1.2万名, 20.7%的 is not one. In either
 * script (1800餘件, 1260萬元), so setting zh-hans text and converting it gives what setting the
 * converted text gives.
 */
const NUMBER_UNIT = /\d[\d.,]*(?:[余餘多]?[十百千万萬亿億]?[余餘多]?)\p{Script=Han}/gu;

function numbersChinese(text: string): string {
  let out = '';
  let from = 0;
  for (const m of text.matchAll(NUMBER_UNIT)) {
    out += escape(text.slice(from, m.index)) + nobr(escape(m[0]));
    from = m.index + m[0].length;
  }
  return out + escape(text.slice(from));
}

/**
 * A run of Chinese body text. `last`: it ends the paragraph, so its final two characters, with
 * the punctuation after them, are kept on one line. Chinese body text may break between any two
 * characters, so the tail need not start at a word; kept this short, the justified line above
 * it is spaced at most a little wider.
 */
export function bodyChinese(raw: string, last: boolean): string {
  const text = decode(raw);
  if (!last) return numbersChinese(text);
  // The tail: the last two characters that are not punctuation or space, and what follows.
  let count = 0;
  let cut = text.length;
  for (let i = text.length - 1; i >= 0 && count < 2; i--) {
    const ch = text[i] ?? '';
    if (/\s/.test(ch)) break;
    cut = i;
    if (HAN.test(ch) || /[0-9A-Za-z]/.test(ch)) count++;
  }
  if (count < 2) return numbersChinese(text);
  // A number+unit pair straddling the cut goes whole into the tail.
  for (const m of text.matchAll(NUMBER_UNIT)) {
    if (m.index < cut && m.index + m[0].length > cut) cut = m.index;
  }
  return numbersChinese(text.slice(0, cut)) + nobr(numbersChinese(text.slice(cut)));
}

/**
 * A run of English body text (see the module comment). The pairs are wrapped in no-wrap spans
 * rather than joined by no-break spaces, so search (Pagefind) still reads two words.
 */
export function bodyEnglish(raw: string, last: boolean): string {
  const text = decode(raw);
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(/\d(?:[\d,.]*\d)?%? [A-Za-z]+|\S+ [—–]/g))
    ranges.push([m.index, m.index + m[0].length]);
  // The last two words together, when they are short enough to fit a line at large text.
  const tail = last ? /(\S+) (\S+)$/.exec(text) : null;
  if (tail && (tail[1] ?? '').length + (tail[2] ?? '').length < 14) ranges.push([tail.index, text.length]);
  ranges.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const prev = merged.at(-1);
    if (prev && r[0] <= prev[1]) prev[1] = Math.max(prev[1], r[1]);
    else merged.push([...r]);
  }
  let out = '';
  let from = 0;
  for (const [start, end] of merged) {
    out += escape(text.slice(from, start)) + nobr(escape(text.slice(start, end)));
    from = end;
  }
  return out + escape(text.slice(from));
}
