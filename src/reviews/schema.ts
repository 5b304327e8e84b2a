import { z } from 'astro/zod';
import { writtenSegments } from '../config/locales.ts';

/**
 * Schemas for what editors write under `content/`. Year and edition come from the file path, never
 * from a field. Objects are strict: an unknown field is a typo to report, not something to ignore.
 */

/** A piece of text given for each written edition (zh-hant is generated from zh-hans). */
export const localized = z.strictObject(
  Object.fromEntries(writtenSegments.map((s) => [s, z.string().trim().min(1)])) as Record<
    'zh-hans' | 'en',
    z.ZodString
  >,
);
export type Localized = z.infer<typeof localized>;

/** Section ids are URL anchors, identical in every edition: lowercase words joined by hyphens. */
export const sectionId = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'a section id is lowercase-hyphenated, like "team-building"');

/**
 * Publication date as far as the source tells it: `YYYY-MM` when only the month is known (never
 * invent a day), `YYYY-MM-DD` when the day is known.
 */
export const published = z.preprocess(
  // A YAML 1.1 parser may turn an unquoted 2025-01-06 into a Date: accept it as the same day.
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'write the date as YYYY-MM or YYYY-MM-DD')
    .refine(
      // Date.parse rolls 2025-02-30 over to March; a real day survives the round trip.
      (s) => s.length === 7 || new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s,
      'this day does not exist',
    ),
);

/** `content/reviews/<year>/review.yml` */
export const reviewMeta = z.strictObject({
  /** When the review was published (YYYY-MM or YYYY-MM-DD). */
  published,
  /** The page title per edition. */
  title: localized,
  /** One line for search engines and link previews. */
  description: localized,
  /** Who wrote it, in order: role and name per edition. */
  byline: z
    .array(z.strictObject({ role: localized, name: localized }))
    .min(1, 'list at least one author'),
  /** The newspaper the text comes from: its name, copyright line and reproduction notice. */
  credit: z.strictObject({
    source: localized,
    copyright: localized,
    rights: localized.optional(),
  }),
  /** Section ids in reading order; each is a file `<id>.mdx` in every written edition. */
  sections: z.array(sectionId).min(1, 'list the sections in reading order'),
});
export type ReviewMeta = z.infer<typeof reviewMeta>;

/** Frontmatter of `content/reviews/<year>/<edition>/<section>.mdx` */
export const sectionFrontmatter = z.strictObject({
  /** Short label for the section navigator (1–3 words). */
  nav: z.string().trim().min(1),
  /** The section's heading as printed; omit for the lede and the closing paragraph. */
  title: z.string().trim().min(1).optional(),
  /** The one-line kicker printed under the heading (or opening the lede). */
  kicker: z.string().trim().min(1).optional(),
});
export type SectionFrontmatter = z.infer<typeof sectionFrontmatter>;

/** `content/glossary/en.yml`: notes for English readers on China-specific terms. */
export const glossaryEntry = z.strictObject({
  /** The English term as shown in the text. */
  term: z.string().trim().min(1),
  /** The Chinese term. */
  zh: z.string().trim().min(1),
  /** One to three neutral sentences explaining it. */
  note: z.string().trim().min(1),
});
export const glossary = z.record(
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a note id is lowercase-hyphenated ASCII'),
  glossaryEntry,
);
export type Glossary = z.infer<typeof glossary>;
