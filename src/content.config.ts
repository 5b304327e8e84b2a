import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentRoot } from './config/paths.ts';
import { glossaryEntry, reviewMeta, sectionFrontmatter } from './reviews/schema.ts';
import { statsFile } from './stats/schema.ts';

/**
 * The content folder (`CONTENT_DIR`, default `content/`) is checked by the content-check
 * integration before these collections load, so schema errors here should not happen.
 */
const root = contentRoot();

/** `reviews/<year>/review.yml`, id `<year>/review`. */
const reviews = defineCollection({
  loader: glob({ pattern: '*/review.yml', base: `${root}/reviews` }),
  schema: reviewMeta,
});

/** `reviews/<year>/<edition>/<section>.mdx`, id `<year>/<edition>/<section>`. */
const sections = defineCollection({
  loader: glob({ pattern: '*/{zh-hans,en}/*.mdx', base: `${root}/reviews` }),
  schema: sectionFrontmatter,
});

/**
 * `reviews/<year>/stats.yml`, id `<year>/stats`: a year's figures as data, the one road by which
 * charts and the headline strip get them (src/stats/data.ts). Optional per year.
 */
const stats = defineCollection({
  loader: glob({ pattern: '*/stats.yml', base: `${root}/reviews` }),
  schema: statsFile,
});

/** Notes on China-specific terms, one entry per term id. */
const notes = defineCollection({
  loader: file(`${root}/glossary/en.yml`),
  schema: glossaryEntry,
});

export const collections = { reviews, sections, stats, notes };
