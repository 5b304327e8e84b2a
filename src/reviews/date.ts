import { getLocale, type LocaleSegment } from '../config/locales.ts';
import { formatDate, isoDate, realDay } from '../text/dates.ts';

/**
 * A publication date as far as the source tells it, and nothing more (build time and tests; no
 * browser code). review.yml `published` takes one of four forms:
 *
 *   2025-01-06                      the day is known
 *   2025-01                         only the month is known
 *   2025                            only the year is known
 *   2025 (on or after 2025-01-06)   the year, and a day it cannot be earlier than (the article
 *                                   cites 今年1月6日 in the past tense, so it appeared on or after it)
 *
 * Every output (pages, share cards, feeds, JSON-LD) says exactly that much: a month that is not
 * known is never shown, and no format is given a day or month it would have to invent.
 */
export type PublishedDate =
  | { kind: 'day'; year: number; month: number; day: number }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'year'; year: number }
  | { kind: 'year-from'; year: number; from: { month: number; day: number } };

const DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const YEAR = /^(\d{4})$/;
const YEAR_FROM = /^(\d{4}) \(on or after (\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\)$/;

/** What an editor reads when the value is none of the four forms. */
export const PUBLISHED_FORMS =
  'write the date as YYYY-MM-DD (the day is known), YYYY-MM (only the month), YYYY (only the year) or "YYYY (on or after YYYY-MM-DD)" (the year and a day it cannot be earlier than)';

/**
 * Parses review.yml `published`. Returns a reason instead when the value is not a date in one of
 * the four forms (for the content check's message).
 */
export function parsePublished(value: string): PublishedDate | { error: string } {
  let m = DAY.exec(value);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return realDay(year, month, day)
      ? { kind: 'day', year, month, day }
      : { error: 'this day does not exist' };
  }
  m = MONTH.exec(value);
  if (m) return { kind: 'month', year: Number(m[1]), month: Number(m[2]) };
  m = YEAR.exec(value);
  if (m) return { kind: 'year', year: Number(m[1]) };
  m = YEAR_FROM.exec(value);
  if (m) {
    const [year, boundYear, month, day] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
    if (boundYear !== year)
      return { error: `the day after "on or after" must be in ${year}, the year of publication` };
    if (!realDay(year, month, day)) return { error: 'this day does not exist' };
    return { kind: 'year-from', year, from: { month, day } };
  }
  return { error: PUBLISHED_FORMS };
}

/** Parses a value the schema has already accepted; throws on anything else (a bug, not content). */
export function publishedDate(value: string): PublishedDate {
  const parsed = parsePublished(value);
  if ('error' in parsed) throw new Error(`published "${value}": ${parsed.error}`);
  return parsed;
}

/**
 * The ISO 8601 date of exactly what is known: `2025-01-06`, `2025-01` or `2025` (a lower bound
 * is no date, so `2025 (on or after …)` gives `2025`). Valid for `<time datetime>` and for
 * schema.org `datePublished`.
 */
export function isoPublished(value: string): string {
  const d = publishedDate(value);
  return d.kind === 'day' || d.kind === 'month' ? isoDate(d) : String(d.year);
}

/** The earliest day the review can have appeared, `YYYY-MM-DD`: for ordering, never for display. */
export function earliestDay(value: string): string {
  const d = publishedDate(value);
  if (d.kind === 'day') return isoDate(d);
  if (d.kind === 'month') return isoDate({ ...d, day: 1 });
  if (d.kind === 'year') return isoDate({ year: d.year, month: 1, day: 1 });
  return isoDate({ year: d.year, ...d.from });
}

/** The known day as a Date at 00:00 UTC, or undefined when the day is not known. */
export function knownDay(value: string): Date | undefined {
  const d = publishedDate(value);
  return d.kind === 'day' ? new Date(Date.UTC(d.year, d.month - 1, d.day)) : undefined;
}

/**
 * The date as a reader sees it, in the edition's language (British day-month order in English,
 * see content/glossary/style.md):
 *
 *   day        2025年1月6日              6 January 2025
 *   month      2025年1月                 January 2025
 *   year       2025年                    2025
 *   year-from  2025年（1月6日或之后）    2025 (on or after 6 January)
 *
 * (zh-hant writes 或之後.)
 */
export function formatPublished(value: string, segment: LocaleSegment): string {
  const d = publishedDate(value);
  if (d.kind === 'year') return segment === 'en' ? String(d.year) : `${d.year}年`;
  // British day-month order in English; Intl writes 2025年1月6日 for both Chinese editions.
  const lang = segment === 'en' ? 'en-GB' : getLocale(segment).lang;
  if (d.kind !== 'year-from') return formatDate(lang, d, d.kind);
  const from = formatDate(lang, { year: d.year, ...d.from }, 'day-of-month');
  if (segment === 'en') return `${d.year} (on or after ${from})`;
  return `${d.year}年（${from}${segment === 'zh-hant' ? '或之後' : '或之后'}）`;
}
