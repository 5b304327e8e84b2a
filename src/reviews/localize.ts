import type { LocaleSegment } from '../config/locales.ts';
import type { EditionText } from './schema.ts';

/**
 * The text of one edition, looked up: zh-hant's was made from zh-hans when the content loaded
 * (src/reviews/schema.ts), the others are as written; nothing here converts.
 * Review text exists only for the editions a year has (review.yml `editions`): asking for another
 * is a bug in the page that asks, so it throws rather than show another edition's words.
 */
export function pick(text: EditionText, segment: LocaleSegment): string {
  const found = text[segment];
  if (found === undefined) {
    throw new Error(
      `No ${segment} text in ${JSON.stringify(text)}: this review has no ${segment} edition. List only the reviews of an edition (getReviews(segment), Review.editions).`,
    );
  }
  return found;
}

/** The date as each edition shows it: see ./date.ts. */
export { formatPublished } from './date.ts';
