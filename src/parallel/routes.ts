import type { LocaleSegment } from '../config/locales.ts';
import type { Published } from '../reviews/alternates.ts';

/**
 * Which parallel pages (对照) exist: a review has one per edition when it is published in both
 * Chinese and English. A year without English (`editions: [zh-hans]`) has none, and nothing
 * links to one.
 */
export function hasParallel(review: Published): boolean {
  return review.editions.includes('zh-hans') && review.editions.includes('en');
}

/** The edition shown beside a page's own: English beside Chinese, Simplified beside English. */
export function counterpartOf(segment: LocaleSegment): 'en' | 'zh-hans' {
  return segment === 'en' ? 'zh-hans' : 'en';
}

/** `parallelPath('en', 2024)` → `en/2024/parallel/` (without the base). */
export const parallelPath = (segment: string, year: number | string): string =>
  `${segment}/${year}/parallel/`;

/** The parallel page of a review in each of its editions (paths without the base), for the language switch. */
export function parallelAlternates(review: Published): Partial<Record<LocaleSegment, string>> {
  return Object.fromEntries(review.editions.map((s) => [s, parallelPath(s, review.year)]));
}
