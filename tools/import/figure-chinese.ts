import { occurrences } from '../../src/stats/pieces.ts';
import { chineseNumeralFigures } from '../../src/stats/rules/chinese-numerals.ts';
import type { ChineseNumeral, Piece } from './figure-types.ts';
import { countIn } from './figure-quotes.ts';

/**
 * Chinese-numeral figures (六名, 一家, 十条举措, 全国第一, 全省前三), found exactly as the content
 * check finds them (src/stats/rules/chinese-numerals.ts), so every one it will ask about has an
 * entry. Those already inside a candidate's quote are accounted for; each other one gets its
 * clause (up to 8 characters each side, longer if needed to be unique in the section) as the
 * quote of a not_charted candidate whose reason the editor writes.
 */
export function chineseNumerals(
  section: string,
  where: Piece['where'],
  t: string,
  covered: string[],
  sectionTexts: string[],
): ChineseNumeral[] {
  const found: ChineseNumeral[] = [];
  const inside = (start: number, end: number) =>
    [...covered, ...found.map((f) => f.quote)].some((q) =>
      occurrences(t, q).some((s) => s <= start && end <= s + q.length),
    );
  const count = (q: string) => countIn(sectionTexts, q);
  for (const f of chineseNumeralFigures(t)) {
    if (inside(f.start, f.end)) continue;
    let from = f.start;
    while (from > 0 && f.start - from < 8 && !/[，。；！？、]/.test(t[from - 1] ?? '')) from--;
    let to = f.end;
    while (to < t.length && to - f.end < 8 && !/[，。；！？、]/.test(t[to] ?? '')) to++;
    while (to < t.length && /[\d.%]/.test(t[to] ?? '')) to++;
    while (count(t.slice(from, to)) > 1 && (from > 0 || to < t.length)) {
      if (to < t.length) to++;
      else from--;
    }
    const quote = t.slice(from, to);
    const rank = /^[第前]/.test(f.raw);
    found.push({
      section,
      where,
      quote,
      what: rank ? `${f.raw} (a rank or order)` : `${f.raw} (a figure in Chinese numerals)`,
      ...(count(quote) !== 1 ? { ambiguous: true } : {}),
    });
  }
  return found;
}
