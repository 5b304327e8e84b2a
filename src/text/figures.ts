/**
 * The one figure lexer (build, tools and browser): a number as Chinese or English text prints it,
 * read once, the same way for the content check, search, the charts' printed forms and the
 * import. 1.2万亿 is 1.2 × 10¹², 1800余 is 1800 and approximate, 20.7% is a percent, 12.6 million
 * is 12,600,000, 1,204 is 1204; with `numerals`, Chinese-character numbers too: 一千二百 is 1200,
 * 百分之九十 is 90 %, 三成 is 30 %.
 *
 * It only reads: which figures a rule counts, compares or charts is the rule's business. Kept
 * small and free of imports: the search page's browser bundle carries it.
 */

export interface FigureToken {
  /** As printed, from `start` to `end`: `1.2万亿`, `1800余`, `20.7%`, `12.6 million`, `三成`. */
  raw: string;
  start: number;
  end: number;
  /** The number as printed, without multiplier or marks: `1.2`, `1,204`, `一千二百`. */
  digits: string;
  /** The value in ones: 1.2万亿 → 1.2e12; a percentage's value is its percent (20.7% → 20.7). */
  value: number;
  /** The multiplier as printed (万, 亿, 万亿, million, bn …), when one is. */
  scale?: string;
  /** The approximate mark as printed: 余, 餘 or 多 after the number, 近 before it. */
  approx?: string;
  /** A percentage (20.7%, 百分之九十, 三成) or percentage points (3.5个百分点). */
  percent?: 'percent' | 'points';
  /** Arabic digits, or Chinese-character numerals. */
  script: 'arabic' | 'chinese';
}

const MULTIPLIERS: Record<string, number> = {
  万亿: 1e12,
  萬億: 1e12,
  亿: 1e8,
  億: 1e8,
  万: 1e4,
  萬: 1e4,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
};

/**
 * Digits (a thousands-grouped run is one number, 1,204), then a multiplier, an approximate mark
 * and a per cent sign or percentage points, each optional. Not inside a longer number: 204 is
 * never read out of 1,204 nor 7 out of 20.7.
 */
const ARABIC =
  /(?<!\p{N}|\d\.)(\d+(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(万亿|萬億|亿|億|万|萬|million|billion|mn|bn|m)(?![\p{Script=Latin}]))?([余餘多])?(?:\s*([%％])|(个百分点|個百分點|百分点|百分點))?/giu;

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

/** Rounds away float noise (12.6 × 1e6 = 12599999.999…). */
export const round = (n: number): number => Number(n.toPrecision(12));

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

/** 近 before a number marks it approximate; 最近 and 附近 are "recent" and "nearby". */
const nearly = (text: string, at: number): boolean =>
  text[at - 1] === '近' && !/[最附]/.test(text[at - 2] ?? '');

function arabic(m: RegExpExecArray, text: string): FigureToken {
  const [raw, digits = '', scale, more, sign, points] = m;
  const base = Number(digits.replace(/,/g, ''));
  const approx = more ?? (nearly(text, m.index) ? '近' : undefined);
  return {
    raw,
    start: m.index,
    end: m.index + raw.length,
    digits,
    value: round(base * (scale ? (MULTIPLIERS[scale.toLowerCase()] ?? 1) : 1)),
    ...(scale ? { scale } : {}),
    ...(approx ? { approx } : {}),
    ...(sign ? { percent: 'percent' as const } : points ? { percent: 'points' as const } : {}),
    script: 'arabic',
  };
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
 * Every figure of a text, in order. Chinese-character numerals only with `numerals` (most rules
 * read them as words: 六名 is a count, 一审 and 长三角 are not); a run glued to Arabic digits is
 * part of that figure (1.2万亿), never one of its own.
 */
export function lexFigures(text: string, options: { numerals?: boolean } = {}): FigureToken[] {
  const found = [...text.matchAll(ARABIC)].map((m) => arabic(m, text));
  if (!options.numerals) return found;
  const taken = (start: number, end: number) => found.some((f) => f.start < end && start < f.end);
  const numerals = [...text.matchAll(CHINESE)]
    .map((m) => chinese(m, text))
    .filter((f) => !taken(f.start, f.end) && Number.isFinite(f.value));
  return [...found, ...numerals].sort((a, b) => a.start - b.start);
}

/** The Arabic figure whose first digit stands at `at`, or undefined when none starts there. */
export function figureAt(text: string, at: number): FigureToken | undefined {
  const sticky = new RegExp(ARABIC.source, 'iuy');
  sticky.lastIndex = at;
  const m = sticky.exec(text);
  return m ? arabic(m, text) : undefined;
}
