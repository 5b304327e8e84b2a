/**
 * Tool: when the article was published, as far as the page or the text tells it, and never more.
 *
 * Two kinds of evidence: a date the page states (a <time> element, a meta tag, a dateline like
 * "2025-01-08 08:30") is known; a date the text only implies is a bound: "今年1月6日，启东法院
 * 发布了……" in a review of 2024 (which calls 2024 去年) says the article appeared in 2025, on or
 * after 6 January. The bound is never turned into a day or a month.
 */

export interface KnownDate {
  year: number;
  month?: number;
  day?: number;
  /** How it was found, for the comment in review.yml. */
  how: string;
}

export interface DateEvidence {
  known?: KnownDate;
  /** The latest date the text reports as past: publication is on or after it. */
  after?: { year: number; month: number; day?: number; quote: string; how: string };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDate(d: { year: number; month?: number | undefined; day?: number | undefined }): string {
  return [String(d.year), d.month ? pad(d.month) : '', d.month && d.day ? pad(d.day) : '']
    .filter(Boolean)
    .join('-');
}

/** A real calendar date (or month, or year) in a plausible range, or undefined. */
export function validDate(year: number, month?: number, day?: number): boolean {
  if (year < 1990 || year > 2100) return false;
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** A date written in a dateline or an ISO attribute: 2025-01-08, 2025/1/8, 2025年1月8日. */
export function parseStatedDate(text: string): { year: number; month: number; day: number } | undefined {
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return validDate(year, month, day) ? { year, month, day } : undefined;
}

/**
 * The bound the text gives: the latest "今年M月D日" (or "YYYY年M月D日" after the year under
 * review) in a sentence told as past (了/已), when the text shows which year 今年 is: a review
 * of `year` that calls that year 去年 was written in `year + 1`.
 */
export function boundFromText(paragraphs: string[], year: number | undefined): DateEvidence['after'] {
  if (year === undefined) return undefined;
  const all = paragraphs.join('\n');
  const thisYearIsNext = /去年/.test(all);
  let best: DateEvidence['after'];
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.split(/(?<=[。！？])/)) {
      if (!/了|已/.test(sentence)) continue;
      for (const m of sentence.matchAll(/(今年|(\d{4})年)(\d{1,2})月(?:(\d{1,2})日)?/g)) {
        const y = m[2] ? Number(m[2]) : thisYearIsNext ? year + 1 : undefined;
        if (y === undefined || y <= year) continue;
        const month = Number(m[3]);
        const day = m[4] ? Number(m[4]) : undefined;
        if (!validDate(y, month, day)) continue;
        const candidate = { year: y, month, ...(day ? { day } : {}) };
        if (best && isoDate(best) >= isoDate(candidate)) continue;
        best = {
          ...candidate,
          quote: m[0],
          how:
            m[1] === '今年'
              ? `the text reports “${m[0]}” as past, and calls ${year} 去年, so 今年 is ${year + 1}`
              : `the text reports “${m[0]}” as past`,
        };
      }
    }
  }
  return best;
}

/**
 * THE ADAPTER: the one place that turns date evidence into review.yml's `published` field.
 *
 * Today's schema (src/reviews/schema.ts) takes YYYY-MM or YYYY-MM-DD: a known date is written
 * as far as it is known; a bound cannot be written in that form without inventing a month, so it
 * stays TODO with the bound in the comment for the editor. When the schema learns a year with a
 * lower bound, change only this function.
 */
export function publishedField(evidence: DateEvidence): { value: string; comment: string[]; todo: boolean } {
  const { known, after } = evidence;
  // A stated date before the text's own bound contradicts it (a page's update or re-post date,
  // or a misread): neither is written; the editor decides.
  const contradicted =
    known?.month && after && isoDate(known) < isoDate(after).slice(0, isoDate(known).length);
  if (known && known.month && !contradicted) {
    return { value: isoDate(known), comment: [`Found: ${known.how}.`], todo: false };
  }
  const comment: string[] = [];
  if (known && contradicted)
    comment.push(`The page states ${isoDate(known)} (${known.how}), but the text is later:`);
  else if (known) comment.push(`The page gives only the year ${known.year} (${known.how}).`);
  if (after) {
    comment.push(
      `The text bounds it: published in ${after.year}, on or after ${isoDate(after)} (${after.how}).`,
      'That is a lower bound, not a date: write the month (YYYY-MM) or day only if you know it.',
    );
  }
  if (!known && !after) comment.push('Neither the page nor the text says when it was published.');
  return { value: 'TODO', comment, todo: true };
}
