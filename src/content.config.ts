import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentRoot } from './config/paths.ts';
import { sectionsLoader, withHantDigests } from './reviews/hant-sections.ts';
import { glossaryEntry, reviewMeta, sectionFrontmatter } from './reviews/schema.ts';
import { statsFile } from './stats/schema.ts';
import { synonymGroups, synonymsLoader } from './search/synonyms-loader.ts';

/**
 * The content folder (`CONTENT_DIR`, default `content/`) is checked by the content-check
 * integration before these collections load, so schema errors here should not happen.
 *
 * The zh-hant edition is made here, once per content load: text given per edition gets its zh-hant
 * text from the schema (`editionText`, src/reviews/schema.ts), each zh-hans section a zh-hant
 * section from the sections loader (src/reviews/hant-sections.ts). Pages look it up.
 */
const root = contentRoot();

/** `reviews/<year>/review.yml`, id `<year>/review`. */
const reviews = defineCollection({
  loader: withHantDigests(glob({ pattern: '*/review.yml', base: `${root}/reviews` })),
  schema: reviewMeta,
});

/**
 * `reviews/<year>/<edition>/<section>.mdx`, id `<year>/<edition>/<section>`, and the generated
 * `<year>/zh-hant/<section>` of each zh-hans section.
 */
const sections = defineCollection({
  loader: sectionsLoader(`${root}/reviews`),
  schema: sectionFrontmatter,
});

/**
 * `reviews/<year>/stats.yml`, id `<year>/stats`: a year's figures as data, the one road by which
 * charts and the headline strip get them (src/stats/data.ts). Optional per year.
 */
const stats = defineCollection({
  loader: withHantDigests(glob({ pattern: '*/stats.yml', base: `${root}/reviews` })),
  schema: statsFile,
});

/** Notes on China-specific terms, one entry per term id. */
const notes = defineCollection({
  loader: file(`${root}/glossary/en.yml`),
  schema: glossaryEntry,
});

/** The search synonyms' Chinese groups per Chinese edition (zh-hant converted), id the edition. */
const synonyms = defineCollection({ loader: synonymsLoader(), schema: synonymGroups });

export const collections = { reviews, sections, stats, notes, synonyms };
