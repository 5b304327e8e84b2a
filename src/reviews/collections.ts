import { getCollection, type CollectionEntry } from 'astro:content';
import { reviewEditions } from '../config/editions.ts';
import type { LocaleSegment } from '../config/locales.ts';
import type { Glossary, ReviewMeta, SectionFrontmatter } from './schema.ts';

/** Reading content through Astro's collections; year and edition come from the entry path. */

export interface Review {
  year: number;
  meta: ReviewMeta;
  /**
   * The editions this review is published in, in locale-table order: the written editions
   * review.yml lists (default all) and zh-hant with zh-hans. Pages, lists, the language switch
   * and hreflang offer a review only in these; there is no stand-in for a missing translation.
   */
  editions: LocaleSegment[];
}

export interface Section {
  id: string;
  /** Frontmatter in the edition being rendered. */
  frontmatter: SectionFrontmatter;
  /** The MDX entry to render, the edition's own (zh-hant's is generated: src/reviews/hant-sections.ts). */
  entry: CollectionEntry<'sections'>;
}

/**
 * Every review, newest first; with `segment`, only the reviews published in that edition.
 * @example (await getReviews('en')).map((r) => r.year) // [2024] when 2025 is zh-hans only
 */
export async function getReviews(segment?: LocaleSegment): Promise<Review[]> {
  const entries = await getCollection('reviews');
  return entries
    .map((e) => ({
      year: Number(e.id.split('/')[0]),
      meta: e.data,
      editions: reviewEditions(e.data),
    }))
    .filter((r) => !segment || r.editions.includes(segment))
    .sort((a, b) => b.year - a.year);
}

/**
 * The sections of one review in one edition, in review.yml order; none when the review is not
 * published in that edition.
 */
export async function getSections(review: Review, segment: LocaleSegment): Promise<Section[]> {
  if (!review.editions.includes(segment)) return [];
  const entries = await getCollection('sections', (e) => e.id.startsWith(`${review.year}/${segment}/`));
  return review.meta.sections.map((id) => {
    const entry = entries.find((e) => e.id === `${review.year}/${segment}/${id}`);
    if (!entry) throw new Error(`the ${segment} section ${review.year}/${id} is missing`);
    return { id, entry, frontmatter: entry.data };
  });
}

/** The notes on terms, by term id (content/glossary/en.yml), read once per build. */
let glossary: Promise<Glossary> | undefined;
export function getGlossary(): Promise<Glossary> {
  // No prototype: a term id like `constructor` finds no note instead of Object's function.
  glossary ??= getCollection('notes').then((notes) =>
    Object.assign(Object.create(null) as Glossary, Object.fromEntries(notes.map((n) => [n.id, n.data]))),
  );
  return glossary;
}
