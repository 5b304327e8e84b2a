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
/**
 * The reason a desk would give for not charting a Chinese numeral, where its words say it: a rank
 * (全省第一, 全国前三), an ordinal (第二次, 连续第三年), a session (十九届四中全会), an anniversary
 * (七十周年). Undefined for a count (六名, 十条举措): whether to chart that is the editor's call.
 */
function deskReason(t: string, f: { raw: string; start: number; end: number }): string | undefined {
  const after = t.slice(f.end, f.end + 6);
  if (/^第/.test(f.raw) && /^(届|次全会|中全会)/.test(after))
    return `a session number (${f.raw}${/^届([一二三四五六七八九十]+中全会)?/.exec(after)?.[0] ?? after.slice(0, 3)}), part of a name, not a quantity`;
  if (/^[第前]/.test(f.raw)) {
    const rank = /(全国|全省|全市|位列|排名|排|居|列)$/.test(t.slice(0, f.start)) || f.raw.startsWith('前');
    return `${rank ? 'a rank' : 'an ordinal'} (${f.raw}), not a quantity`;
  }
  if (f.raw.endsWith('届')) {
    const session =
      /^[一二三四五六七八九十]+中全会|^全会|^[一二三四五六七八九十]*次?(全体)?会议|^人大|^政协/.exec(after);
    return `a session number (${f.raw}${session?.[0] ?? ''}), part of a name, not a quantity`;
  }
  if (f.raw.endsWith('周') && after.startsWith('年')) return `an anniversary (${f.raw}年), not a quantity`;
  return undefined;
}

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
    const reason = deskReason(t, f);
    found.push({
      section,
      where,
      quote,
      what: rank ? `${f.raw} (a rank or order)` : `${f.raw} (a figure in Chinese numerals)`,
      ...(reason ? { reason } : {}),
      ...(count(quote) !== 1 ? { ambiguous: true } : {}),
    });
  }
  return found;
}
