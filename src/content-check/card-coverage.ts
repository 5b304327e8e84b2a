import fs from 'node:fs';
import { relativeFile as rel, type Problem } from '../content-files/problems.ts';
import { lineOfKey } from '../content-files/text-file.ts';
import {
  cardCoverageGaps,
  coverageFix,
  describeCharacter,
  figureCardCoverageGaps,
} from '../publish/font-coverage.ts';
import type { ReviewMeta } from '../reviews/schema.ts';
import type { StatsFile } from '../stats/schema.ts';

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

/**
 * The figure cards (one per figure page) draw each figure's value, label, owner and note and each
 * chart's title: every character must be in the shipped font. Reported at the record's `- id:`
 * line in stats.yml.
 */
export function figureCardProblems(
  review: { year: number; meta: ReviewMeta; stats: StatsFile },
  statsFile: string,
): Problem[] {
  let gaps: ReturnType<typeof figureCardCoverageGaps> = [];
  try {
    gaps = figureCardCoverageGaps(review);
  } catch {
    // A chart naming a figure stats.yml lacks cannot be drawn; the stats check reports it already.
  }
  const lines = fs.readFileSync(statsFile, 'utf8').split('\n');
  // The record's `- id:` line inside its list (`stats:` or `charts:`), as ids may repeat across lists.
  const lineOfRecord = ({ list, id }: { list: string; id: string }) => {
    const start = Math.max(0, lines.indexOf(`${list}:`));
    const item = new RegExp(`^\\s*-\\s*id:\\s*['"]?${id}['"]?\\s*(#.*)?$`);
    const index = lines.findIndex((l, i) => i >= start && item.test(l));
    return index < 0 ? undefined : index + 1;
  };
  return gaps.map((gap) => ({
    file: rel(statsFile),
    line: lineOfRecord(gap.record),
    message: `the share image of figure page "${gap.record.id}" (${gap.segment}) cannot draw ${gap.characters.map(describeCharacter).join(', ')} in the ${gap.field}`,
    fix: coverageFix(gap),
  }));
}
