import type { Paragraph } from './types.ts';

/**
 * THE paragraph rule, used by the content check, by the paragraph ids of the review page
 * (src/reviews/paragraph-ids.ts) and by the figures' source links (src/stats/data.ts): a reading
 * paragraph is a block of an MDX body separated by blank lines. MDX comments, imports and a
 * component standing alone (a chart) are not paragraphs.
 */

export type { Paragraph };

/** The reading paragraphs of an MDX body, each with the line it starts on. */
export function splitParagraphs(body: string, firstLine = 1): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let line = firstLine;
  for (const block of body.replace(/\r\n/g, '\n').split(/(\n[ \t]*\n)/)) {
    const text = block.trim();
    const startLine =
      line + (block.slice(0, block.length - block.trimStart().length).match(/\n/g)?.length ?? 0);
    line += block.match(/\n/g)?.length ?? 0;
    if (text && isParagraph(text)) paragraphs.push({ text, line: startLine });
  }
  return paragraphs;
}

/** Blocks that are not reading text: MDX comments, imports, and a component on its own (a chart). */
function isParagraph(block: string): boolean {
  if (/^\{\/\*[\s\S]*\*\/\}$/.test(block)) return false;
  if (/^(import|export)\s/.test(block)) return false;
  return !/^<[A-Z][^<>]*\/>$/.test(block);
}
