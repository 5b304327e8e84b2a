import { reviewEditions } from '../config/editions.ts';
import { canonicalSegment, getLocale, type LocaleSegment } from '../config/locales.ts';
import { useTranslations } from '../i18n/index.ts';
import { isoPublished } from '../reviews/date.ts';
import { pick } from '../reviews/localize.ts';
import type { ReviewMeta } from '../reviews/schema.ts';
import { paperName, type Credit } from '../reviews/credit.ts';
import { reviewPath, siteUrl } from '../config/urls.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardPath } from './card-info.ts';
import { newsArticle, type EditionRef } from './jsonld.ts';

/**
 * What is known of the newspaper's article: never its headline, which the source does not give;
 * nothing when the paper is not known either (JSON-LD says only what is known).
 */
function originalNote(
  credit: Credit,
  segment: LocaleSegment,
  t: ReturnType<typeof useTranslations>,
): string | undefined {
  const name = paperName(credit, segment);
  return name === undefined ? undefined : t('review.originalArticle', { source: name });
}

/**
 * The JSON-LD `NewsArticle` of one review page (see `jsonld.ts` for how the editions link up),
 * from the review's metadata: what the review page passes to its layout.
 */
export function reviewArticle(opts: {
  review: { year: number; meta: ReviewMeta };
  segment: LocaleSegment;
  /** Astro's `site` (see `siteUrl`). */
  site: URL | string | undefined;
  base: string;
}): Record<string, unknown> {
  const { review, segment, site, base } = opts;
  const { meta, year } = review;
  const abs = (p: string) => siteUrl(site, base, p);
  const editions = reviewEditions(meta);
  const ref = (s: LocaleSegment): EditionRef => ({
    lang: getLocale(s).lang,
    url: abs(reviewPath(s, year)),
    headline: pick(meta.title, s),
  });
  const t = useTranslations(segment);
  const title = pick(meta.title, segment);
  return newsArticle({
    edition: ref(segment),
    original: ref(canonicalSegment),
    translations: editions.filter((s) => s !== canonicalSegment).map(ref),
    description: pick(meta.description, segment),
    published: isoPublished(meta.published),
    authors: meta.byline.map((b) => ({ name: pick(b.name, segment), role: pick(b.role, segment) })),
    source: paperName(meta.credit, segment),
    originalNote: originalNote(meta.credit, segment, t),
    copyright: pick(meta.credit.copyright, segment),
    publisher: { name: t('site.name'), url: abs(''), logo: abs('favicon.svg') },
    image: { url: abs(cardPath(segment, year)), width: CARD_WIDTH, height: CARD_HEIGHT, alt: title },
  });
}
