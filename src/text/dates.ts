/**
 * Calendar days and months (build, tools and tests): the one place that checks a day is real,
 * writes ISO dates, and formats a date or a month in an edition's language. Formatting is Intl's
 * (no hand-written month tables); every date here is a calendar day, read and written in UTC so
 * no time zone moves it.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** A real calendar day: Date.UTC rolls 2025-02-30 over to March, a real day survives the round trip. */
export function realDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** ISO 8601 of as much as is known: `2025-01-06`, `2025-01` or `2025` (a day without a month is dropped). */
export function isoDate(d: { year: number; month?: number | undefined; day?: number | undefined }): string {
  if (!d.month) return String(d.year);
  return d.day ? `${d.year}-${pad(d.month)}-${pad(d.day)}` : `${d.year}-${pad(d.month)}`;
}

/** What of a date to show: the whole day, the month of a year, or a day of a month without its year. */
export type DateParts = 'day' | 'month' | 'day-of-month';

const PARTS: Record<DateParts, Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  'day-of-month': { month: 'long', day: 'numeric' },
};

/**
 * A calendar date in a language (a BCP-47 tag): `6 January 2025` in en-GB, `2025年1月6日` in
 * zh-CN and zh-TW; `parts` says how much of it is known or wanted.
 */
export function formatDate(
  lang: string,
  d: { year: number; month: number; day?: number },
  parts: DateParts,
): string {
  const at = new Date(Date.UTC(d.year, d.month - 1, d.day ?? 1));
  return new Intl.DateTimeFormat(lang, { ...PARTS[parts], timeZone: 'UTC' }).format(at);
}

const ENGLISH_MONTHS = Array.from({ length: 12 }, (_, i) =>
  new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, i, 1))),
);

/** The month (1–12) an English month name as written (capitalised: `May`, not the verb `may`) names. */
export function monthOfName(word: string): number | undefined {
  const i = ENGLISH_MONTHS.indexOf(word);
  return i >= 0 ? i + 1 : undefined;
}

/** RFC 822 date-time (RSS): `Mon, 06 Jan 2025 08:30:00 +0000`, from the fixed-form UTC string. */
export function rfc822(at: Date, zone = '+0000'): string {
  return at.toUTCString().replace(/GMT$/, zone);
}
