import { z } from 'astro/zod';
import { parsePublished } from './date.ts';
import { canonicalSegment, writtenSegments, type WrittenSegment } from '../config/locales.ts';
import { notPlainText, PLAIN_TEXT_FIX } from '../content-files/visible-text.ts';
import { withHant } from '../i18n/hant.ts';

/**
 * Schemas for what editors write under `content/`. Year and edition come from the file path, never
 * from a field. Objects are strict: an unknown field is a typo to report, not something to ignore.
 */

/**
 * Text a reader sees: trimmed, not empty, no invisible characters (src/content-files/visible-text.ts).
 * Titles and frontmatter may hold `<` and `&` as text (pages escape them; tests/hostile proves
 * it); the glossary's notes, which the issue asks to hold text only, refuse markup as well.
 */
const plainText = ({ markup = true }: { markup?: boolean } = {}) =>
  z
    .string()
    .trim()
    .min(1)
    .superRefine((s, ctx) => {
      const why = notPlainText(s, { markup });
      if (why) ctx.addIssue({ code: 'custom', message: why, params: { fix: PLAIN_TEXT_FIX } });
    });

/** A piece of text given for each written edition (zh-hant is generated from zh-hans). */
export const localized = z.strictObject(
  Object.fromEntries(writtenSegments.map((s) => [s, plainText()])) as Record<
    'zh-hans' | 'en',
    ReturnType<typeof plainText>
  >,
);
export type Localized = z.infer<typeof localized>;

/**
 * An id still to name, as the import writes it (`TODO-section-2`, `TODO-figure-3`): accepted by the
 * schemas so that everything else about its section or figure is checked in the same run; the
 * content check reports the TODO itself as not yet written, so such an id is never published.
 */
export const PLACEHOLDER_ID = 'TODO(?:-[a-z0-9]+)*';

/** Section ids are URL anchors, identical in every edition: lowercase words joined by hyphens. */
export const sectionId = z
  .string()
  .regex(
    new RegExp(`^(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*|${PLACEHOLDER_ID})$`),
    'a section id is lowercase-hyphenated, like "team-building"',
  );

/**
 * Publication date as far as the source tells it: a day, a month, a year, or a year with a day it
 * cannot be earlier than (the forms and what each edition shows are in `./date.ts`).
 */
export const published = z.preprocess(
  // A YAML 1.1 parser may turn an unquoted 2025-01-06 into a Date, and 2025 is a number: accept both.
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
  z.string().superRefine((s, ctx) => {
    const parsed = parsePublished(s);
    if ('error' in parsed) ctx.addIssue({ code: 'custom', message: parsed.error });
  }),
);

/**
 * The written editions a year has, as `editions:` in review.yml lists them. Optional: a year
 * without the field has every written edition. zh-hans is the canonical text, so every year has
 * it; zh-hant is generated from it and never listed.
 */
export const editionsList = z
  .array(
    z.enum(writtenSegments as unknown as [WrittenSegment, ...WrittenSegment[]], {
      error: (issue) =>
        issue.input === 'zh-hant'
          ? 'zh-hant is generated from zh-hans and is never listed'
          : `"${String(issue.input)}" is not a written edition (they are ${writtenSegments.join(', ')})`,
    }),
  )
  .min(1, 'list the editions this year is written in')
  .refine((list) => list.includes(canonicalSegment), {
    message: `${canonicalSegment} is the canonical text and every year has it`,
    params: {
      fix: `list ${canonicalSegment}, e.g. editions: [${canonicalSegment}] or editions: [${writtenSegments.join(', ')}].`,
    },
  })
  .refine((list) => new Set(list).size === list.length, {
    message: 'an edition is listed twice',
    params: { fix: 'list each edition once.' },
  });

const text = plainText();

/**
 * Review text per written edition, as review.yml gives it. zh-hans always; the other editions'
 * text is required exactly when the year has that edition (see `reviewMetaFor`), so here it is
 * optional. Parsed, it also holds its zh-hant text, made here once (src/i18n/hant.ts): an editor
 * never writes one (the object is strict), and a page only looks it up (src/reviews/localize.ts).
 */
export const editionText = z.strictObject({ 'zh-hans': text, en: text.optional() }).transform(withHant);
export type EditionText = z.output<typeof editionText>;

/**
 * The texts an editor wrote, per written edition, without the generated zh-hant text: what a rule
 * of the content check reads (zh-hant says what zh-hans says; a problem is reported once, there).
 */
export function writtenTexts(text: Partial<Record<string, string>> | undefined): [WrittenSegment, string][] {
  return writtenSegments.flatMap((s) => {
    const found = text?.[s];
    return found === undefined ? [] : [[s, found] as [WrittenSegment, string]];
  });
}

/** `content/reviews/<year>/review.yml`, with the text of `written` editions required. */
function reviewMetaSchema<T extends z.ZodType>(localizedText: T) {
  return z.strictObject({
    /** The written editions this year has (default: all). zh-hant comes with zh-hans. */
    editions: editionsList.optional(),
    /** When the review was published, as far as the source tells it (see ./date.ts). */
    published,
    /** The page title per edition. */
    title: localizedText,
    /** One line for search engines and link previews. */
    description: localizedText,
    /** Who wrote it, in order: role and name per edition. */
    byline: z
      .array(z.strictObject({ role: localizedText, name: localizedText }))
      .min(1, 'list at least one author'),
    /**
     * The newspaper the text comes from (or `unknown`, when only a repost survives), the site that
     * carried the text when it was taken from one, and who holds the copyright in the article.
     */
    credit: z.strictObject({
      source: z.union([z.literal('unknown'), localizedText]),
      carried_by: localizedText.optional(),
      copyright: localizedText,
    }),
    /** The permission under which this site reproduces the article, once the press office has it. */
    permission: localizedText.optional(),
    /** Section ids in reading order; each is a file `<id>.mdx` in every written edition. */
    sections: z.array(sectionId).min(1, 'list the sections in reading order'),
  });
}

/**
 * `content/reviews/<year>/review.yml` as Astro's collection reads it (after the content check):
 * text of editions other than zh-hans may be absent, for a year without them.
 */
export const reviewMeta = reviewMetaSchema(editionText);
export type ReviewMeta = z.infer<typeof reviewMeta>;

/**
 * The schema the content check uses for a year written in `editions`: every text field must have
 * the text of each of them (and may already hold another edition's, e.g. a translation under way).
 */
export function reviewMetaFor(editions: readonly WrittenSegment[]): typeof reviewMeta {
  const required = z
    .strictObject(
      Object.fromEntries(writtenSegments.map((s) => [s, editions.includes(s) ? text : text.optional()])) as {
        'zh-hans': typeof text;
      },
    )
    .transform(withHant);
  return reviewMetaSchema(required) as unknown as typeof reviewMeta;
}

/** Frontmatter of `content/reviews/<year>/<edition>/<section>.mdx` */
export const sectionFrontmatter = z.strictObject({
  /** Short label for the section navigator (1–3 words). */
  nav: plainText(),
  /** The section's heading as printed; omit for the lede and the closing paragraph. */
  title: plainText().optional(),
  /** The one-line kicker printed under the heading (or opening the lede). */
  kicker: plainText().optional(),
});
export type SectionFrontmatter = z.infer<typeof sectionFrontmatter>;

/** `content/glossary/en.yml`: notes for English readers on China-specific terms. */
export const glossaryEntry = z.strictObject({
  /** The English term as shown in the text. */
  term: plainText({ markup: false }),
  /** The Chinese term. */
  zh: plainText({ markup: false }),
  /** One to three neutral sentences explaining it. */
  note: plainText({ markup: false }),
});
export const glossary = z.record(
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a note id is lowercase-hyphenated ASCII'),
  glossaryEntry,
);
export type Glossary = z.infer<typeof glossary>;
