import { defaultSegment, canonicalSegment, locales, type LocaleSegment } from '../config/locales.ts';
import { reviewPath } from '../config/urls.ts';

/**
 * Which editions a year is published in decides which pages exist and what links to them. A
 * review is offered only in its own editions: no page, list entry, language-switch link or
 * hreflang alternate stands in for a translation that does not exist.
 */

/** What these helpers need of a review: its year and its reading editions (Review.editions). */
export interface Published {
  year: number;
  editions: readonly LocaleSegment[];
}

/** The review's path in each edition it is published in (without the base), for hreflang and the language switch. */
export function reviewAlternates(review: Published): Partial<Record<LocaleSegment, string>> {
  return Object.fromEntries(
    locales
      .filter((l) => review.editions.includes(l.segment))
      .map((l) => [l.segment, reviewPath(l.segment, review.year)]),
  );
}

/**
 * The edition for readers whose language matches none (hreflang `x-default`): the default edition
 * when the review has it, else the canonical one, which every review has.
 */
export function xDefaultSegment(review: Published): LocaleSegment {
  return review.editions.includes(defaultSegment) ? defaultSegment : canonicalSegment;
}

/**
 * The newest review of each edition (reviews in any order). The front door shows each edition's
 * own latest review, so a year not yet translated never shows up as English.
 */
export function latestByEdition<R extends Published>(
  reviews: readonly R[],
): Partial<Record<LocaleSegment, R>> {
  const latest: Partial<Record<LocaleSegment, R>> = {};
  for (const r of reviews) {
    for (const segment of r.editions) {
      const current = latest[segment];
      if (!current || r.year > current.year) latest[segment] = r;
    }
  }
  return latest;
}
