import { chineseNumbers, englishNumbers } from '../content-files/numbers.ts';
import { lexFigures } from '../text/figures.ts';
import type { StatRecord } from './schema.ts';

/**
 * Reading figures out of quotes and translations (content check, build time): a quote's values in
 * its record's unit, the English values, and the words that qualify or give a direction.
 * tools/import/figures.ts writes quotes with the same words (kept identical on purpose).
 */

/** How the Chinese text marks a qualifier, and how the English says it just before the number. */
export const QUALIFIERS: Record<
  NonNullable<StatRecord['qualifier']>,
  { zh: RegExp; en: RegExp; says: string }
> = {
  'more-than': {
    zh: /\d(?:万亿|[万亿])?[余多]|(?:超过|逾)\d/,
    en: /\b(?:more than|over|upwards of|in excess of)\s+$/i,
    says: 'more than',
  },
  nearly: { zh: /(?<![最附])近\d/, en: /\b(?:nearly|almost|close to)\s+$/i, says: 'nearly' },
  'at-least': { zh: /至少\d/, en: /\bat least\s+$/i, says: 'at least' },
  'up-to': { zh: /(?:最多|多达|高达)\d/, en: /\bup to\s+$/i, says: 'up to' },
  reached: { zh: /均达到?\d/, en: /\b(?:all reached|reached|at least)\s+$/i, says: 'reached' },
};

/** The words of a fall and of a rise: one list for quotes (a change's direction) and for takeaways (rules/compare.ts). */
export const DOWN = /下降|减少|降低|下滑|缩减|压降|回落/;
export const UP = /上升|增长|提高|增加|提升|攀升/;

/** The figures a zh-hans quote states, in the record's unit: 9年6个月 is 114 months, 1260万 is 12600000. */
export function quoteFigures(quote: string, unit: StatRecord['unit']): number[] {
  const values: number[] = [];
  let rest = quote;
  if (unit === 'months' || unit === 'years') {
    rest = quote.replace(
      /(\d+)年(?:(\d+)个月)?|(\d+)个月/g,
      (_m, years?: string, months?: string, onlyMonths?: string) => {
        const total =
          onlyMonths !== undefined ? Number(onlyMonths) : Number(years) * 12 + Number(months ?? 0);
        values.push(unit === 'months' ? total : total / 12);
        return ' ';
      },
    );
  }
  return [...values, ...chineseNumbers(rest).map((n) => n.value)];
}

/** The values an English text states; for a record in months or years, its durations (9 years and 6 months = 114 months). */
export function englishFigures(text: string, unit: StatRecord['unit']): Set<number> {
  if (unit !== 'months' && unit !== 'years') return englishNumbers(text).values;
  // A length of time is stated as one: “9 years and 6 months” is 114 months, and neither its 6
  // nor the 6 of “January 6” is a duration of 6 months.
  const durations = new Set<number>();
  for (const m of text.matchAll(/(\d+)\s+years?(?:,?\s+(?:and\s+)?(\d+)\s+months?)?|(\d+)\s+months?/gi)) {
    const total = m[3] !== undefined ? Number(m[3]) : Number(m[1]) * 12 + Number(m[2] ?? 0);
    durations.add(unit === 'months' ? total : total / 12);
  }
  return durations;
}

/** Whether the English states `value` right after a qualifier such as “more than”. */
export function qualifiedInEnglish(text: string, value: number, qualifier: RegExp): boolean {
  return lexFigures(text).some(
    (f) => f.value === value && qualifier.test(text.slice(Math.max(0, f.start - 30), f.start)),
  );
}
