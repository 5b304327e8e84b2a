import type { SectionText } from '../../reviews/types.ts';
import { pieces } from '../pieces.ts';
import { relativeFile, type Problem } from '../../content-files/problems.ts';
import type { StatsFile } from '../schema.ts';
import { lexNumerals } from '../../text/numerals.ts';

/**
 * Figures written in Chinese numerals (六名, 一家, 十条举措, 全国第一, 全省前三, 一个多月) are figures
 * too (build time, content check). Every one in the zh-hans text must be inside the quote of a
 * stat or of a not_charted entry, like the Arabic numerals, so none escapes "every number is
 * accounted for".
 *
 * A Chinese numeral counts as a figure when a measure word follows it (六名, 一家, 十条, 一个,
 * 两级, 五化, 十大) or 第 / 前 precedes it (全国第一, 全省前三). Numerals inside words are not
 * figures: 长三角, 新三板, 一审, 无一瑕疵, 关键一招 have no measure word after them, and the few
 * set phrases below that do (每一位 "every", 这一年 "this year", 一年来 "over the year",
 * 万家灯火 "ten thousand homes' lights", an idiom) are listed here, each as a whole phrase.
 */

const MEASURE = /^[名家条个项起件所期场位批次倍届类大级人种座份化支年月天周]/;

/** Set phrases whose numeral is a word, not a count (matched whole, so 一年来 never hides 三年). */
export const NOT_FIGURES = ['每一位', '这一年', '一年来', '万家灯火', '一成不变'];

/**
 * Chinese-numeral figures in a text, with where they stand: a run of numerals (read by
 * src/text/figures.ts) with 第 / 前 before it or a measure word after it, or a percentage in
 * words (百分之九十, 三成). A run glued to Arabic digits belongs to that figure (1260万).
 */
export function chineseNumeralFigures(text: string): { raw: string; start: number; end: number }[] {
  const words = NOT_FIGURES.flatMap((w) =>
    [...text.matchAll(new RegExp(w, 'g'))].map((m) => [m.index, m.index + w.length]),
  );
  const found: { raw: string; start: number; end: number }[] = [];
  for (const f of lexNumerals(text)) {
    const runEnd = f.start + (f.raw.startsWith('百分之') ? f.raw.length : f.digits.length);
    const measure = MEASURE.exec(text.slice(f.approx ? f.end : runEnd))?.[0];
    if (/[第前]/.test(text[f.start - 1] ?? ''))
      found.push({ raw: text.slice(f.start - 1, runEnd), start: f.start - 1, end: runEnd });
    else if (/[\d.０-９]/.test(text[f.start - 1] ?? '')) continue;
    else if (f.percent) found.push({ raw: f.raw, start: f.start, end: f.end });
    else if (measure) {
      const end = (f.approx ? f.end : runEnd) + 1;
      found.push({ raw: text.slice(f.start, end), start: f.start, end });
    }
  }
  return found.filter((f) => !words.some(([s, e]) => (s ?? 0) <= f.start && f.end <= (e ?? 0)));
}

/** Whether a quote holds a number: Arabic digits or a Chinese-numeral figure. */
export function holdsNumber(quote: string): boolean {
  return /\d/.test(quote) || chineseNumeralFigures(quote).length > 0;
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

export function checkChineseNumerals(ctx: {
  /** The zh-hans sections as the reviews check read them (src/reviews/section.ts). */
  sections: SectionText[];
  stats: StatsFile;
  lineOf: (keyPath: (string | number)[]) => number | undefined;
  /** stats.yml relative to the project. */
  file: string;
}): Problem[] {
  const problems: Problem[] = [];
  for (const section of ctx.sections) {
    const quotes = [
      ...ctx.stats.stats.filter((s) => s.section === section.id).map((s) => s.quote),
      ...ctx.stats.not_charted.filter((n) => n.section === section.id).map((n) => n.quote),
    ];
    for (const piece of pieces(section)) {
      const spans = quotes.flatMap((q) => occurrences(piece.text, q).map((s) => [s, s + q.length] as const));
      for (const f of chineseNumeralFigures(piece.text)) {
        if (spans.some(([s, e]) => s <= f.start && f.end <= e)) continue;
        const around = piece.text.slice(Math.max(0, f.start - 8), f.end + 8).replace(/\s+/g, ' ');
        problems.push({
          file: relativeFile(section.file),
          line: piece.line + (piece.text.slice(0, f.start).match(/\n/g)?.length ?? 0),
          message: `the Chinese-numeral figure ${f.raw} in “…${around}…” is neither a record in ${ctx.file} nor listed under not_charted`,
          fix: `add a record to stats.yml, or list it under not_charted (section: ${section.id}, the exact quote around it, and the true reason it is not charted: a name, a rank, a period, a detail of one case …).`,
        });
      }
    }
  }
  return problems;
}
