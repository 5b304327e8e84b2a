import type { LocaleSegment, WrittenSegment } from '../config/locales.ts';
import type { ReviewMeta, SectionFrontmatter } from './schema.ts';
import type { ModelParagraph, SectionModel } from './section-model.ts';

/** What the content check reads from the content folder (build time), shared by its parts. */

/** A reading paragraph, as the section model has it (src/reviews/section-model.ts). */
export type Paragraph = ModelParagraph;

export interface SectionText {
  id: string;
  file: string;
  /** The whole file as read (line ends normalised to \n), for checks that look at its lines. */
  source: string;
  frontmatter: SectionFrontmatter;
  /** The file parsed once (src/reviews/section-model.ts): what the check reads and pages render from. */
  model: SectionModel;
  /** `model.paragraphs`, lines being the file's. */
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
}
