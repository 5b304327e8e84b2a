import type { LocaleSegment } from '../config/locales.ts';
import { markHanInHtml } from '../i18n/han-lang.ts';
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
 * A section's rendered HTML for the edition being rendered: zh-hant converts the zh-hans text (the
 * edition is generated, never hand-edited; markup is ASCII, so only text and Chinese attribute
 * values change); English marks each run of Chinese with lang="zh-Hans"; zh-hans is as written.
 */
export function editionHtml(html: string, segment: LocaleSegment): string {
  return segment === 'zh-hant' ? toHant(html) : segment === 'en' ? markHanInHtml(html) : html;
}

/** The date as each edition shows it: see ./date.ts. */
export { formatPublished } from './date.ts';
