import { readingSegments, type LocaleSegment } from '../config/locales.ts';
import { declaredEditions, type ReviewMeta } from '../reviews/schema.ts';

/**
 * The editions one review exists in (review.yml `editions`, plus zh-hant wherever zh-hans is),
 * from its metadata alone — the same rule as `Review.editions` in src/reviews/collections.ts, for
 * code outside Astro (the font subset script) and for feeds, cards and JSON-LD.
 */
export function reviewEditions(meta: Pick<ReviewMeta, 'editions'>): LocaleSegment[] {
  return readingSegments(declaredEditions(meta));
}
