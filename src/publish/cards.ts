import { reviewEditions } from '../config/editions.ts';
import type { LocaleSegment } from '../config/locales.ts';
import { formatPublished, pick } from '../reviews/localize.ts';
import type { ReviewMeta } from '../reviews/schema.ts';
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
        // A newspaper's name takes book-title marks in Chinese: 《南通日报》.
        source:
          segment === 'en' ? pick(meta.credit.source, segment) : `《${pick(meta.credit.source, segment)}》`,
        date: formatPublished(meta.published, segment),
      }),
    })),
  );
}
