import type { LocaleSegment } from '../config/locales.ts';

/**
 * Minutes a reader needs for a review's text (MDX source, components and markup left out):
 * Chinese at about 400 characters a minute, English at about 230 words a minute. Whole minutes,
 * at least one.
 */
export function readingMinutes(source: string, segment: LocaleSegment): number {
  const text = source.replace(/<[^>]+>/g, ' ');
  const amount =
    segment === 'en'
      ? (text.match(/[A-Za-z0-9’'-]+/g) ?? []).length / 230
      : (text.match(/\p{Script=Han}/gu) ?? []).length / 400;
  return Math.max(1, Math.round(amount));
}
