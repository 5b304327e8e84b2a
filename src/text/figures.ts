/**
 * The one figure lexer (build, tools and browser): a number as Chinese or English text prints it,
 * read once, the same way for the content check, search, the charts' printed forms and the
 * import. 1.2万亿 is 1.2 × 10¹², 1800余 is 1800 and approximate, 20.7% is a percent, 12.6 million
 * is 12,600,000, 1,204 is 1204. Chinese-character numbers (一千二百 is 1200, 百分之九十 is 90 %,
 * 三成 is 30 %) are read by its sibling src/text/numerals.ts, into the same tokens.
 *
 * It only reads: which figures a rule counts, compares or charts is the rule's business. Kept
 * small and free of imports: the search page's browser bundle carries it (and not the numerals).
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

/** Rounds away float noise (12.6 × 1e6 = 12599999.999…). */
export const round = (n: number): number => Number(n.toPrecision(12));

/** 近 before a number marks it approximate; 最近 and 附近 are "recent" and "nearby". */
export const nearly = (text: string, at: number): boolean =>
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

/** Every Arabic-numeral figure of a text, in order (Chinese-character numerals: src/text/numerals.ts). */
export function lexFigures(text: string): FigureToken[] {
  return [...text.matchAll(ARABIC)].map((m) => arabic(m, text));
}

/** The Arabic figure whose first digit stands at `at`, or undefined when none starts there. */
export function figureAt(text: string, at: number): FigureToken | undefined {
  const sticky = new RegExp(ARABIC.source, 'iuy');
  sticky.lastIndex = at;
  const m = sticky.exec(text);
  return m ? arabic(m, text) : undefined;
}
