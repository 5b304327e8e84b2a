import type { LocaleSegment, WrittenSegment } from '../config/locales.ts';
import type { Problem } from '../content-check/problems.ts';
import type { StatsFile } from '../stats/schema.ts';
import type { Glossary, ReviewMeta, SectionFrontmatter } from './schema.ts';

/** What the content check reads from the content folder (build time), shared by its parts. */

export interface Paragraph {
  text: string;
  line: number;
}

export interface SectionText {
  id: string;
  file: string;
  /** The whole file as read (line ends normalised to \n), for checks that look at its lines. */
  source: string;
  frontmatter: SectionFrontmatter;
  paragraphs: Paragraph[];
}

export interface LoadedReview {
  year: number;
  dir: string;
  meta: ReviewMeta;
  /** The written editions this year has (review.yml `editions`, default all), in table order. */
  written: WrittenSegment[];
  /** Sections per written edition, in the order review.yml gives. */
  editions: Partial<Record<LocaleSegment, SectionText[]>>;
  /** The year's figures as data (stats.yml), when the year has one and it parses. */
  stats?: StatsFile;
}

export interface ContentCheck {
  reviews: LoadedReview[];
  glossary: Glossary;
  problems: Problem[];
}
