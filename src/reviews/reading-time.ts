import type { LocaleSegment } from '../config/locales.ts';
import { MDX_COMMENT, stripTags } from '../utils/mdx-text.ts';

/**
 * Minutes a reader needs for a review's text (MDX source, components and markup left out):
 * Chinese at about 400 characters a minute, English at about 230 words a minute. Whole minutes,
 * at least one.
 */
export function readingMinutes(source: string, segment: LocaleSegment): number {
  // The one tag rule, with a space for each tag (so words either side stay two words); editors'
  // MDX comments are not read.
  const text = stripTags(source.replace(MDX_COMMENT, ''), ' ');
  const amount =
    segment === 'en'
      ? (text.match(/[A-Za-z0-9’'-]+/g) ?? []).length / 230
      : (text.match(/\p{Script=Han}/gu) ?? []).length / 400;
  return Math.max(1, Math.round(amount));
}
