/**
 * Numbers in a Chinese paragraph and in its English translation, compared by value, so a check can
 * prove that no figure was lost or changed in translation.
 *
 * Equivalences an honest translation uses: `1,204` = `1204`; `1260万` = `12.6 million`;
 * `5月` (a month) = `May`. Chinese-character numerals (六名, 十大) are words, not figures, and are
 * not compared.
 */

import { lexFigures } from '../text/figures.ts';
import { monthOfName } from '../text/dates.ts';

export interface ChineseNumber {
  /** As written, with its unit character where that changes the value (`1260万`, `1.2万亿`, `5月`). */
  raw: string;
  value: number;
  /** A month number may be written as a month name in English. */
  isMonth: boolean;
}

/** Every Arabic-numeral figure in a Chinese text, in order (read by src/text/figures.ts). */
export function chineseNumbers(text: string): ChineseNumber[] {
  return lexFigures(text).map((f) => {
    // The per cent sign and 余 do not change the value; a multiplier does, and is kept.
    const raw = f.digits + (f.scale ?? '');
    const isMonth =
      !f.scale && !f.approx && !f.percent && text[f.end] === '月' && f.value >= 1 && f.value <= 12;
    return { raw: isMonth ? `${raw}月` : raw, value: f.value, isMonth };
  });
}

/** Every figure stated in an English text, as numeric values (month names count as 1–12). */
export function englishNumbers(text: string): { values: Set<number>; months: Set<number> } {
  const values = new Set(lexFigures(text).map((f) => f.value));
  const months = new Set<number>();
  // Month names are capitalised in English; lower-case "may" is the verb.
  for (const m of text.matchAll(/\b[A-Z][a-z]+\b/g)) {
    const month = monthOfName(m[0]);
    if (month !== undefined) months.add(month);
  }
  return { values, months };
}

/** The Chinese figures that the English text does not state (empty when every one is there). */
export function missingInEnglish(zh: string, en: string): string[] {
  const { values, months } = englishNumbers(en);
  return chineseNumbers(zh)
    .filter((n) => !values.has(n.value) && !(n.isMonth && months.has(n.value)))
    .map((n) => n.raw);
}
