import fs from 'node:fs';
import { relativeFile as rel, type Problem } from '../content-files/problems.ts';
import { lineOfKey } from '../content-files/text-file.ts';
import { cardCoverageGaps, coverageFix, describeCharacter } from '../publish/font-coverage.ts';
import type { ReviewMeta } from '../reviews/schema.ts';

/**
 * A check of the composition root, not of the review text: the share images (src/publish) must be
 * able to draw what review.yml gives them. It lives here so that reading a year (src/reviews)
 * never asks the publishing side.
 */
/** The share images draw the title and source: every character must be in the shipped font. */
export function cardProblems(meta: ReviewMeta, metaFile: string): Problem[] {
  let gaps: ReturnType<typeof cardCoverageGaps> = [];
  try {
    gaps = cardCoverageGaps(meta);
  } catch {
    // Only a broken phrase table makes the zh-hant text fail; it is reported as such above.
  }
  return gaps.map((gap) => ({
    file: rel(metaFile),
    line: lineOfKey(fs.readFileSync(metaFile, 'utf8'), gap.field === 'title' ? 'title' : 'credit'),
    message: `the share image (${gap.segment}) cannot draw ${gap.characters.map(describeCharacter).join(', ')} in the ${gap.field}`,
    fix: coverageFix(gap),
  }));
}
