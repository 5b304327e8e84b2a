/**
 * Numbers in a Chinese paragraph and in its English translation, compared by value, so a check can
 * prove that no figure was lost or changed in translation.
 *
 * Equivalences an honest translation uses: `1,204` = `1204`; `1260万` = `12.6 million`;
 * `5月` (a month) = `May`. Chinese-character numerals (六名, 十大) are words, not figures, and are
 * not compared.
 */

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

export interface ChineseNumber {
  /** As written, with its unit character where that changes the value (`1260万`, `5月`). */
  raw: string;
  value: number;
  /** A month number may be written as a month name in English. */
  isMonth: boolean;
}

/** Every Arabic-numeral figure in a Chinese text, in order. */
export function chineseNumbers(text: string): ChineseNumber[] {
  const found: ChineseNumber[] = [];
  for (const m of text.matchAll(/\d+(?:\.\d+)?/g)) {
    const digits = m[0];
    const next = text[m.index + digits.length];
    let value = Number(digits);
    let raw = digits;
    if (next === '万') {
      value = Math.round(value * 1e4);
      raw += next;
    } else if (next === '亿') {
      value = Math.round(value * 1e8);
      raw += next;
    }
    const isMonth = next === '月' && value >= 1 && value <= 12;
    if (isMonth) raw += next;
    found.push({ raw, value, isMonth });
  }
  return found;
}

/** Every figure stated in an English text, as numeric values (month names count as 1–12). */
export function englishNumbers(text: string): { values: Set<number>; months: Set<number> } {
  const values = new Set<number>();
  const months = new Set<number>();
  // 1,204 → 1204, but keep "1, 2" (a list) apart: only digits,3-digit groups are joined.
  const plain = text.replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
  for (const m of plain.matchAll(/(\d+(?:\.\d+)?)(\s*(?:million|billion)\b)?/gi)) {
    const n = Number(m[1]);
    const scale = m[2]?.trim().toLowerCase();
    values.add(scale === 'million' ? Math.round(n * 1e6) : scale === 'billion' ? Math.round(n * 1e9) : n);
  }
  // Month names are capitalised in English; lower-case "may" is the verb.
  for (const m of plain.matchAll(/\b[A-Z][a-z]+\b/g)) {
    const i = MONTHS.indexOf(m[0]);
    if (i >= 0) months.add(i + 1);
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
