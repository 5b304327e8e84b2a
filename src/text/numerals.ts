import { lexFigures, nearly, round, type FigureToken } from './figures.ts';

/**
 * Chinese-character numerals as figures (build and tools; the browser needs none): 一千二百 is
 * 1200, 百分之九十 is 90 %, 三成 is 30 %, 一千多 is 1000 and approximate. The same tokens as the
 * Arabic figures of src/text/figures.ts, whose lexer this completes. Most rules read these
 * numerals as words (一审, 长三角); which are figures is the rule's business.
 */

const DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const NUMERAL = '[零〇一二两兩三四五六七八九十百千万萬亿億]';
/** 百分之九十; a run of numerals with its approximate mark; 三成 (tenths, a percentage). */
const CHINESE = new RegExp(`百分之(${NUMERAL}+)|(${NUMERAL}+)([余餘多])?(成)?`, 'gu');

/**
 * The value of Chinese-character numerals: 一千二百 → 1200, 十二 → 12, 两万 → 20000, 一百零五 →
 * 105, 1.2 is never written so; digits alone are read digit by digit (二〇二四 → 2024).
 */
export function chineseNumeralValue(s: string): number {
  if (!/[十百千万萬亿億]/u.test(s)) return Number([...s].map((c) => DIGIT[c] ?? 0).join('') || 'NaN');
  let total = 0; // finished 亿 parts
  let section = 0; // below 万 or 亿
  let digit = 0;
  for (const c of s) {
    if (c in DIGIT) digit = DIGIT[c] ?? 0;
    else if (c in UNIT) {
      section += (digit || 1) * (UNIT[c] ?? 1);
      digit = 0;
    } else if (c === '万' || c === '萬') {
      section = (section + digit || 1) * 1e4;
      digit = 0;
    } else {
      total = (total + section + digit || 1) * 1e8;
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}

function chinese(m: RegExpExecArray, text: string): FigureToken {
  const [raw, ofHundred, run = '', more, tenths] = m;
  const digits = ofHundred ?? run;
  const approx = more ?? (nearly(text, m.index) ? '近' : undefined);
  const value = chineseNumeralValue(digits);
  return {
    raw,
    start: m.index,
    end: m.index + raw.length,
    digits,
    value: tenths ? round(value * 10) : value,
    ...(approx ? { approx } : {}),
    ...(ofHundred || tenths ? { percent: 'percent' as const } : {}),
    script: 'chinese',
  };
}

/**
 * Every figure of a text in Chinese-character numerals, in order. A run glued to Arabic digits is
 * part of that figure (1.2万亿), never one of its own.
 */
export function lexNumerals(text: string): FigureToken[] {
  // The Arabic figures are blanked out (same length, so spans stay true): 3万一千名 has 一千.
  let rest = text;
  for (const f of lexFigures(text))
    rest = rest.slice(0, f.start) + ' '.repeat(f.end - f.start) + rest.slice(f.end);
  return [...rest.matchAll(CHINESE)].map((m) => chinese(m, text)).filter((f) => Number.isFinite(f.value));
}
