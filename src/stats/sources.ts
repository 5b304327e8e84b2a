import { missingInEnglish } from '../content-files/numbers.ts';
import type { ModelParagraph } from '../reviews/section-model.ts';
import { visibleText } from '../reviews/mdx-text.ts';
import { occurrences, paragraphOf } from './pieces.ts';
import type { LocaleSegment } from '../config/locales.ts';
import type { StatRecord } from './schema.ts';

/**
 * Where a chart's figure comes from in the text (build time, while pages render): the paragraph
 * its quote stands in, found by the content check's own rule (src/stats/pieces.ts: a quote never
 * cuts a number in two, so “0.7%” never finds the paragraph of “20.7%”), numbered as a reader
 * counts the paragraphs on screen (a section's kicker, its one-line lead set as a paragraph, is the
 * first), and the sentence that states it.
 */

export interface Source {
  /** The sentence that states the figure, in the edition's text. */
  sentence: string;
  /** The paragraph anchor on the page: `political-leadership-3`. */
  anchor: string;
  /**
   * The section and the paragraph's 1-based number in it as a reader counts ("Source: paragraph
   * 3"): the kicker counts, so the number is the anchor's plus one in a section with a kicker.
   */
  section: string;
  paragraph: number;
  /** The section's short name (its nav label), for a source in another section. */
  sectionName: string;
}

/** A section as the source links read it: its paragraphs (its model's) and its nav label. */
export interface SourceSection {
  paragraphs: Pick<ModelParagraph, 'text' | 'visible'>[];
  nav: string;
  /** Whether the section has a kicker: the reader sees it as its first paragraph. */
  kicker?: boolean;
}

const sentences = (text: string, en: boolean) =>
  text
    .split(en ? /(?<=[.;])\s+(?=[A-Z“])/ : /(?<=[。；！？])/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The source of a stat in one edition: `zh` is its zh-hans section (where the quote stands),
 * `shown` the same section in the edition being rendered. Undefined when the quote stands in no
 * paragraph (a title or kicker figure has no paragraph to link).
 */
export function sourceOf(
  stat: Pick<StatRecord, 'quote' | 'section'>,
  zh: SourceSection | undefined,
  shown: SourceSection | undefined,
  edition: LocaleSegment,
): Source | undefined {
  const index = zh ? paragraphOf(zh.paragraphs, stat.quote) : -1;
  if (!zh || index < 0) return undefined;
  const zhText = zh.paragraphs[index]?.text ?? '';
  const zhSentences = sentences(zhText, false);
  const at = zhSentences.findIndex((x) => occurrences(visibleText(x), stat.quote).length > 0);
  let sentence = zhSentences[at] ?? zhText;
  if (edition === 'zh-hant') {
    // The zh-hant paragraph is the zh-hans one converted: the same sentences, in the same order.
    const hant = shown?.paragraphs[index]?.text ?? '';
    sentence = (at >= 0 ? sentences(hant, false)[at] : undefined) ?? hant;
  }
  if (edition === 'en') {
    const plain = shown?.paragraphs[index]?.visible ?? '';
    // The English sentence that states the same figure (the check guarantees one does).
    sentence = sentences(plain, true).find((x) => missingInEnglish(stat.quote, x).length === 0) ?? plain;
  }
  return {
    sentence,
    anchor: `${stat.section}-${index + 1}`,
    section: stat.section,
    paragraph: index + 1 + (zh.kicker ? 1 : 0),
    sectionName: shown?.nav ?? stat.section,
  };
}
