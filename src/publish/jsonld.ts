/**
 * schema.org `NewsArticle` for each edition of a review, as JSON-LD.
 *
 * The editions are one work in three languages: the zh-hans page is the article as Nantong Daily
 * published it; zh-hant (generated) and en (translated here) are translations of it. So every
 * translation says `translationOfWork` and `isBasedOn` the zh-hans edition, whose node lists all
 * translations (`workTranslation`), and the zh-hans edition is based on the newspaper's article.
 * Each edition therefore links to every other one, and search engines can group them.
 */

export interface EditionRef {
  /** BCP-47 tag, as in `<html lang>`. */
  lang: string;
  /** Absolute URL of the review page in that edition. */
  url: string;
  headline: string;
}

export interface NewsArticleInput {
  edition: EditionRef;
  /** The zh-hans edition (may be `edition` itself). */
  original: EditionRef;
  /** Every edition of the review except the original, in table order. */
  translations: EditionRef[];
  description: string;
  /** What is known of the date, as ISO 8601 (`2025-01-06`, `2025-01` or `2025`): see isoPublished. */
  published: string;
  /** The byline in this edition. */
  authors: { name: string; role: string }[];
  /** The newspaper, in this edition's language: "Nantong Daily" / 南通日报; undefined when unknown (no organisation is named). */
  source: string | undefined;
  /**
   * What is known of the newspaper's article, in this edition's language ("the original article in
   * Nantong Daily; its headline is not known"): the source gives no headline, and the site's title
   * is not the newspaper's. Undefined when the paper is not known.
   */
  originalNote: string | undefined;
  /** The newspaper's copyright line, in this edition's language. */
  copyright?: string;
  /** The site, publisher of the edition. */
  publisher: { name: string; url: string; logo: string };
  image: { url: string; width: number; height: number; alt: string };
}

const idOf = (url: string) => `${url}#article`;

/**
 * Another edition, by reference: its id, address and language. Its headline stays on its own page,
 * so a page never carries another script's punctuation (“” in zh-Hans, 「」 in zh-Hant).
 */
function ref(e: EditionRef): Record<string, unknown> {
  return { '@type': 'NewsArticle', '@id': idOf(e.url), url: e.url, inLanguage: e.lang };
}

export function newsArticle(input: NewsArticleInput): Record<string, unknown> {
  const { edition, original } = input;
  const isOriginal = edition.url === original.url;
  // Only what is known: an unknown paper is no organisation (never one named "unknown").
  const newspaper =
    input.source === undefined ? undefined : { '@type': 'NewsMediaOrganization', name: input.source };
  const publisher = {
    '@type': 'Organization',
    name: input.publisher.name,
    url: input.publisher.url,
    logo: { '@type': 'ImageObject', url: input.publisher.logo },
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': idOf(edition.url),
    url: edition.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': edition.url },
    headline: edition.headline,
    description: input.description,
    inLanguage: edition.lang,
    // Only what the source tells: ISO 8601 reduced precision (2025-01, 2025), never a guessed day.
    datePublished: input.published,
    image: {
      '@type': 'ImageObject',
      url: input.image.url,
      width: input.image.width,
      height: input.image.height,
      caption: input.image.alt,
    },
    // Name and role as the byline prints them, nothing more: a 通讯员 (contributor) is usually
    // not on the newspaper's staff, so no author is said to work for it.
    author: input.authors.map((a) => ({ '@type': 'Person', name: a.name, jobTitle: a.role })),
    // The newspaper is the source of the text; the site publishes this edition of it.
    ...(newspaper ? { sourceOrganization: newspaper } : {}),
    publisher,
    ...(input.copyright
      ? { copyrightNotice: input.copyright, ...(newspaper ? { copyrightHolder: newspaper } : {}) }
      : {}),
    ...(isOriginal
      ? {
          // The article as the newspaper printed it, which this page reproduces: named by what is
          // known of it (newspaper, byline, date), never by a headline the source does not give.
          isBasedOn: {
            '@type': 'NewsArticle',
            ...(input.originalNote ? { description: input.originalNote } : {}),
            inLanguage: edition.lang,
            datePublished: input.published,
            author: input.authors.map((a) => ({ '@type': 'Person', name: a.name, jobTitle: a.role })),
            ...(newspaper ? { publisher: newspaper } : {}),
          },
          workTranslation: input.translations.map(ref),
        }
      : {
          isBasedOn: ref(original),
          translationOfWork: { ...ref(original), workTranslation: input.translations.map(ref) },
          translator: publisher,
        }),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so the text can never close
 * the element (`</script>`) or open a comment, and U+2028/U+2029 are escaped for old parsers.
 * The result is still exactly the same JSON value.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
