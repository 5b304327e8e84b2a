import { getCollection, type CollectionEntry } from 'astro:content';
import type { LocaleSegment } from '../config/locales.ts';
import { forEdition } from './localize.ts';
import type { ReviewMeta, SectionFrontmatter } from './schema.ts';

/** Reading content through Astro's collections; year and edition come from the entry path. */

export interface Review {
  year: number;
  meta: ReviewMeta;
}

export interface Section {
  id: string;
  /** Frontmatter in the edition being rendered (zh-hant converted). */
  frontmatter: SectionFrontmatter;
  /** The MDX entry to render; for zh-hant this is the zh-hans entry, converted after rendering. */
  entry: CollectionEntry<'sections'>;
}

/** Every review, newest first. */
export async function getReviews(): Promise<Review[]> {
  const entries = await getCollection('reviews');
  return entries
    .map((e) => ({ year: Number(e.id.split('/')[0]), meta: e.data }))
    .sort((a, b) => b.year - a.year);
}

/** The sections of one review in one edition, in review.yml order. */
export async function getSections(review: Review, segment: LocaleSegment): Promise<Section[]> {
  const source = segment === 'zh-hant' ? 'zh-hans' : segment;
  const entries = await getCollection('sections', (e) => e.id.startsWith(`${review.year}/${source}/`));
  return review.meta.sections.map((id) => {
    const entry = entries.find((e) => e.id === `${review.year}/${source}/${id}`);
    if (!entry) throw new Error(`content/reviews/${review.year}/${source}/${id}.mdx is missing`);
    const fm = entry.data;
    return {
      id,
      entry,
      frontmatter: {
        nav: forEdition(fm.nav, segment),
        ...(fm.title ? { title: forEdition(fm.title, segment) } : {}),
        ...(fm.kicker ? { kicker: forEdition(fm.kicker, segment) } : {}),
      },
    };
  });
}
