/**
 * Tool: when the article was published, as far as the page or the text tells it, and never more.
 *
 * Two kinds of evidence: a date the page states (a <time> element, a meta tag, a dateline like
 * "2025-01-08 08:30") is known; a date the text only implies is a bound: "今年1月6日，启东法院
 * 发布了……" in a review of 2024 (which calls 2024 去年) says the article appeared in 2025, on or
 * after 6 January. The bound is never turned into a day or a month.
 */

import { isoDate, realDay } from '../../src/text/dates.ts';

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
  /** A date the page states but that is a carrier's (tools/import/carrier.ts): what it says and why it is set aside. */
  doubted?: string;
}

/** A real calendar date (or month, or year) in a plausible range, or undefined. */
export function validDate(year: number, month?: number, day?: number): boolean {
  if (year < 1990 || year > 2100) return false;
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  return day === undefined || realDay(year, month, day);
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
 * THE ADAPTER: the one place that turns date evidence into review.yml's `published` field, in the
 * four forms of src/reviews/date.ts: YYYY-MM-DD, YYYY-MM, YYYY, or "YYYY (on or after YYYY-MM-DD)".
 *
 * A known date is written as far as it is known. A bound from the text is written as the year with
 * its lower bound (never turned into a month or a day). A page that gives only the year gives YYYY.
 * Only what contradicts itself, or tells nothing, stays TODO for the editor.
 */
export function publishedField(evidence: DateEvidence): { value: string; comment: string[]; todo: boolean } {
  const { known, after } = evidence;
  const doubted = evidence.doubted ? [`Doubted, not written: ${evidence.doubted}.`] : [];
  // A stated date before the text's own bound contradicts it (a page's update or re-post date,
  // or a misread): neither is written; the editor decides.
  const contradicts = (k: KnownDate, a: NonNullable<DateEvidence['after']>) =>
    k.year !== a.year || (k.month !== undefined && isoDate(k) < isoDate(a).slice(0, isoDate(k).length));
  if (known && after && contradicts(known, after)) {
    return {
      value: 'TODO',
      comment: [
        `The page states ${isoDate(known)} (${known.how}), but the text is later: published in ${after.year}, on or after ${isoDate(after)} (${after.how}).`,
        'Write the date the article really appeared, as far as you know it.',
      ],
      todo: true,
    };
  }
  if (known?.month) return { value: isoDate(known), comment: [`Found: ${known.how}.`], todo: false };
  if (after) {
    // The form needs a day: a bound of a month only (今年1月) is on or after its first day.
    const from = isoDate({ year: after.year, month: after.month, day: after.day ?? 1 });
    return {
      value: `${after.year} (on or after ${from})`,
      comment: [
        ...doubted,
        ...(known ? [`The page gives only the year ${known.year} (${known.how}).`] : []),
        `The text bounds it: published in ${after.year}, on or after ${isoDate(after)} (${after.how}).`,
        'That is a lower bound, not a date: write the month (YYYY-MM) or the day only if you know it.',
      ],
      todo: false,
    };
  }
  if (known) {
    return {
      value: String(known.year),
      comment: [`The page gives only the year ${known.year} (${known.how}).`],
      todo: false,
    };
  }
  return {
    value: 'TODO',
    comment: doubted.length
      ? [
          ...doubted,
          'The text does not bound it: write when the newspaper published it, as far as you know it.',
        ]
      : ['Neither the page nor the text says when it was published.'],
    todo: true,
  };
}
