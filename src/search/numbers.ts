/**
 * Figures across units (browser and Node): a number typed in any edition's form finds the passage
 * that states it in any other. 12.6 million ↔ 1260万 ↔ 12,600,000; 1,204 ↔ 1204 ↔ 1204件;
 * 20.7% ↔ 20.7. Pure functions, unit-tested; the figures are read by src/text/figures.ts.
 */

import { lexFigures, round } from '../text/figures.ts';

/** A figure in a query: its value in ones, and whether the reader wrote a multiplier. */
export interface Figure {
  /** The figure as typed, normalised (`1260万`, `12.6 million`, `20.7%`). */
  typed: string;
  value: number;
  percent: boolean;
  /** Was a multiplier written (万, 亿, million, billion)? If not, it may be meant in any of them. */
  scaled: boolean;
}

/**
 * What may follow a figure in a query: measure words (件, 起, 元, 人 …) and 余/多 say what is
 * counted and never change the value, so they are taken into the figure's token and dropped.
 */
const COUNTED = /^(?:[件起人元个個名家次条條项項户戶所座宗余餘多]|万元|萬元|亿元|億元)*/u;

/** The figures of a (normalised, lower-case) query, with where each stands in it. */
export function findFigures(text: string): { figure: Figure; start: number; end: number }[] {
  return lexFigures(text).map((f) => {
    // Percentage points are left to the measure words and the word splitter (3.5个 + 百分点).
    const end = f.percent === 'points' ? f.end - f.raw.replace(/^[^个個百]*/u, '').length : f.end;
    const whole = end + (COUNTED.exec(text.slice(end))?.[0].length ?? 0);
    return {
      figure: {
        typed: text.slice(f.start, whole).trim(),
        value: f.value,
        percent: f.percent === 'percent',
        scaled: f.scale !== undefined,
      },
      start: f.start,
      end: whole,
    };
  });
}

/** `12.60` → `12.6`; at most four decimals, never exponent notation. */
export function plain(n: number): string {
  const s = round(n)
    .toFixed(4)
    .replace(/\.?0+$/, '');
  return s === '' ? '0' : s;
}

/** `12600000` → `12,600,000`. */
export function grouped(n: number): string {
  const [int = '', frac] = plain(n).split('.');
  const g = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${g}.${frac}` : g;
}

/**
 * Every way the reviews could state a value: as digits (with and without thousands separators),
 * in 万 / 亿, and in million / billion. A figure typed without a multiplier may also mean one of
 * them (12.6 on a Chinese page is the 1260万 of "12.6 million"; 1260 on the English page is
 * 1260万): those readings are added.
 */
export function figureForms(figure: Figure): string[] {
  const forms = new Set<string>();
  const values =
    figure.scaled || figure.percent
      ? [figure.value]
      : [figure.value, ...[1e4, 1e6, 1e8, 1e9].map((m) => round(figure.value * m))];
  for (const v of values) {
    const isTyped = v === figure.value;
    if (isTyped) {
      forms.add(plain(v));
      if (v >= 1000) forms.add(grouped(v));
    }
    if (figure.percent) continue;
    // Both scripts' characters: the zh-hant edition writes 1260萬.
    if (v >= 1e4) forms.add(`${plain(v / 1e4)}万`).add(`${plain(v / 1e4)}萬`);
    if (v >= 1e8) forms.add(`${plain(v / 1e8)}亿`).add(`${plain(v / 1e8)}億`);
    if (v >= 1e6) forms.add(`${plain(v / 1e6)} million`);
    if (v >= 1e9) forms.add(`${plain(v / 1e9)} billion`);
    if (!isTyped && v >= 1e4 && Number.isInteger(v)) {
      forms.add(plain(v));
      forms.add(grouped(v));
    }
  }
  return [...forms];
}

/**
 * The term to give Pagefind for a form: its leading number without separators (`1260万` → 1260,
 * `12.6 million` → 12.6, `1,204` → 1204). Pagefind indexes the number and the unit as separate
 * words; the form itself is checked against the passage afterwards.
 */
export function searchTerm(form: string): string {
  return /^[\d.,]+/.exec(form)?.[0].replace(/,/g, '') ?? form;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern that finds a form in text: not inside a longer number (1204 never inside 11204 or
 * 2.1204), an integer form also with its decimals and per cent sign highlighted whole (17 →
 * 17.3%), a decimal form with its per cent sign (20.7 → 20.7%). A space inside a form (12.6
 * million) matches any run of spaces.
 */
export function formPattern(form: string): string {
  const body = escape(form).replace(/ /g, '\\s+');
  const tail = /\d$/.test(form)
    ? /\./.test(form)
      ? '(?![\\p{N}])%?'
      : '(?![\\p{N}]|,\\d)(?:\\.\\p{N}+)?%?'
    : '';
  return `(?<![\\p{Script=Latin}\\p{N}.]|\\p{N},)${body}${tail}`;
}
