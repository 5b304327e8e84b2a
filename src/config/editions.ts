import { readingSegments, writtenSegments, type LocaleSegment, type WrittenSegment } from './locales.ts';

/**
 * Which editions one review exists in, from its review.yml `editions` alone. The one rule for it:
 * Astro's collections (`Review.editions`), the content check, feeds, share cards, JSON-LD and the
 * font subset tool all ask here. Plain TypeScript, no `astro:` imports (Node tools use it too).
 */

/** What the rule reads: review.yml's optional `editions` list (written editions only). */
export interface EditionsField {
  editions?: readonly WrittenSegment[] | undefined;
}

/** The written editions of a year: those review.yml lists, else all of them (in table order). */
export function declaredEditions(meta: EditionsField): WrittenSegment[] {
  return writtenSegments.filter((s) => !meta.editions || meta.editions.includes(s));
}

/**
 * The editions a review is published in, in locale-table order: its written editions and each
 * edition generated from one of them (zh-hant wherever zh-hans is).
 * @example reviewEditions({ editions: ['zh-hans'] }) // ['zh-hans', 'zh-hant']
 */
export function reviewEditions(meta: EditionsField): LocaleSegment[] {
  return readingSegments(declaredEditions(meta));
}
