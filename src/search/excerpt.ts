import { HAN } from './query.ts';

/**
 * What a search result shows of its passage: a heading from its first words, and a short excerpt
 * around the first hit with the hits marked. Pure functions over plain text (runs in the browser;
 * unit-tested in match.test.ts).
 */

export interface Range {
  start: number;
  end: number;
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * A passage's heading from its first words: up to the first Chinese clause mark within 24
 * characters, or the first eight English words, with "…" when cut.
 */
export function firstWords(text: string): string {
  if (isCJK(text)) {
    const chars = [...text];
    const stop = chars.findIndex((c, i) => i >= 6 && /[，。；：！？]/.test(c));
    const end = stop > 0 && stop <= 24 ? stop : Math.min(24, chars.length);
    return chars.slice(0, end).join('') + (end < chars.length ? '…' : '');
  }
  const words = text.split(' ');
  const cut = words
    .slice(0, 8)
    .join(' ')
    .replace(/[,;:.]$/, '');
  return words.length > 8 ? `${cut}…` : cut;
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
