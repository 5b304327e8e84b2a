import { getLocale, type LocaleSegment } from '../config/locales.ts';
import { toHant } from '../i18n/hant.ts';
import type { EditionText } from './schema.ts';

/**
 * The text of one edition: zh-hant is generated from zh-hans, the others are as written.
 * Review text exists only for the editions a year has (review.yml `editions`): asking for another
 * is a bug in the page that asks, so it throws rather than show another edition's words.
 */
export function pick(text: EditionText, segment: LocaleSegment): string {
  if (segment === 'zh-hant') return toHant(text['zh-hans']);
  const found = text[segment];
  if (found === undefined) {
    throw new Error(
      `No ${segment} text in ${JSON.stringify(text)}: this review has no ${segment} edition. List only the reviews of an edition (getReviews(segment), Review.editions).`,
    );
  }
  return found;
}

/** Converts a zh-hans string for the edition being rendered (identity outside zh-hant). */
export function forEdition(zhHans: string, segment: LocaleSegment): string {
  return segment === 'zh-hant' ? toHant(zhHans) : zhHans;
}

/**
 * `2025-01` → "2025年1月" / "January 2025"; `2025-01-06` adds the day. Only what the source
 * tells is shown: a month-only date never gains a day.
 */
export function formatPublished(published: string, segment: LocaleSegment): string {
  const [y, m, d] = published.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return new Intl.DateTimeFormat(getLocale(segment).lang, {
    year: 'numeric',
    month: 'long',
    ...(d ? { day: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(date);
}

/** The plain text of an MDX paragraph: tags removed (a <Term> keeps its words). */
export function plainText(mdx: string): string {
  return mdx.replace(/<\/?[A-Za-z][^>]*>/g, '').replace(/\s+/g, ' ').trim();
}
