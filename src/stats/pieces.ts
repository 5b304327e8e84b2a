import type { SectionText } from '../reviews/types.ts';

/**
 * Where a figure may stand in a section's text, and how a quote is found there (content check and
 * page, build time). A quote never cuts a number in two: this is the one rule by which a stat's
 * quote finds its paragraph, in the check and in the chart's source link (src/stats/data.ts).
 */

/** A piece of a section's text where a figure may stand: its title, its kicker or a paragraph. */
export interface Piece {
  /** 'title', 'kicker', or the 0-based index of the paragraph. */
  where: 'title' | 'kicker' | number;
  /** The text as a reader sees it: MDX comments and component tags removed. */
  text: string;
  /** The line of the file on which the piece starts. */
  line: number;
}

/** The title, kicker and paragraphs of a section, with the lines they start on. */
export function pieces(section: Pick<SectionText, 'source' | 'frontmatter' | 'paragraphs'>): Piece[] {
  const raw = section.source.split('\n');
  const found: Piece[] = [];
  for (const key of ['title', 'kicker'] as const) {
    const text = section.frontmatter[key];
    if (text) found.push({ where: key, text, line: raw.findIndex((l) => l.startsWith(`${key}:`)) + 1 || 1 });
  }
  section.paragraphs.forEach((p, i) => found.push({ where: i, text: p.visible, line: p.line }));
  return found;
}

/**
 * Where `quote` starts in `text`, leaving out places where it would cut a number in two: “0.7%”
 * does not quote the 20.7% of “下降20.7%”, nor does “6” quote the 6 of “16条”.
 */
export function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  if (!quote) return found;
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
    const before = text.slice(Math.max(0, i - 2), i);
    const after = text.slice(i + quote.length, i + quote.length + 2);
    const cutsStart = /^[\d.]/.test(quote) && (/\d$/.test(before) || /\d\.$/.test(before));
    const cutsEnd = /[\d.]$/.test(quote) && (/^\d/.test(after) || /^\.\d/.test(after));
    if (!cutsStart && !cutsEnd) found.push(i);
  }
  return found;
}

/** The 0-based index of the paragraph whose visible text holds `quote`, by the rule above; -1 if none. */
export function paragraphOf(paragraphs: { visible: string }[], quote: string): number {
  return paragraphs.findIndex((p) => occurrences(p.visible, quote).length > 0);
}

/** text.slice(from, to), widened so that it cuts no number in two (for context in messages). */
export function wholeNumbers(text: string, from: number, to: number): string {
  let start = from;
  let end = to;
  while (start > 0 && /[\d.]/.test(text[start] ?? '') && /[\d.]/.test(text[start - 1] ?? '')) start--;
  while (end < text.length && /[\d.%]/.test(text[end] ?? '') && /[\d.]/.test(text[end - 1] ?? '')) end++;
  return text.slice(start, end);
}
