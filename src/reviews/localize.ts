import { getLocale, type LocaleSegment } from '../config/locales.ts';
import { toHant } from '../i18n/hant.ts';
import type { Localized } from './schema.ts';

/** The text of one edition: zh-hant is generated from zh-hans, the others are as written. */
export function pick(text: Localized, segment: LocaleSegment): string {
  return segment === 'zh-hant' ? toHant(text['zh-hans']) : text[segment];
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
