import { reviewEditions } from '../config/editions.ts';
import type { LocaleSegment } from '../config/locales.ts';
import { formatPublished, pick } from '../reviews/localize.ts';
import type { ReviewMeta } from '../reviews/schema.ts';
import { sourceWords } from '../reviews/credit.ts';
import { cardText, type CardText } from './share-card.ts';

/**
 * The share card of every review in every edition it has. The build (share.png endpoint) and the
 * font subset script (`npm run font:subset`) both call this, so the subset holds what is drawn.
 */
export function reviewCards(
  reviews: { year: number; meta: ReviewMeta }[],
  dictionaries: Record<LocaleSegment, Record<string, string>>,
): { year: number; segment: LocaleSegment; card: CardText }[] {
  return reviews.flatMap(({ year, meta }) =>
    reviewEditions(meta).map((segment) => ({
      year,
      segment,
      card: cardText(segment, dictionaries[segment], {
        title: pick(meta.title, segment),
        // 《南通日报》 in Chinese; an unknown paper in plain words (src/reviews/credit.ts).
        source: sourceWords(meta.credit, segment, dictionaries[segment]),
        date: formatPublished(meta.published, segment),
      }),
    })),
  );
}
