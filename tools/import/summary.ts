import fs from 'node:fs';
import { relativeFile } from '../../src/content-check/problems.ts';
import type { Candidates } from './candidates.ts';
import type { Collected } from './collect.ts';
import type { DateEvidence } from './dates.ts';
import type { SectionOut } from './render.ts';

/** Tool: what the import tells the editor: what it found, and each TODO left (file and line). */

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function foundLines(
  c: Collected,
  sections: SectionOut[],
  evidence: DateEvidence,
  { figures, charts }: Candidates,
): string[] {
  const { headline, byline, credit } = c;
  const section = (s: SectionOut) =>
    `${s.id} (${plural(s.part.paragraphs.length, 'paragraph')}${s.part.title ? `, heading “${s.part.title}”` : ''}${s.part.kicker ? ', kicker' : ''})`;
  const creditParts = [
    credit.source && `source ${credit.source.text}`,
    credit.copyright && 'copyright line',
    credit.rights && 'rights notice',
  ];
  return [
    headline ? `title: ${headline.text} (${headline.how})` : 'title: not found',
    `sections: ${sections.map(section).join('; ')}`,
    byline ? `byline: ${byline.entries.map((e) => `${e.role} ${e.name}`).join(', ')}` : 'byline: not found',
    `credit: ${creditParts.filter(Boolean).join(', ') || 'not found'}`,
    evidence.known
      ? `date: ${evidence.known.how}`
      : evidence.after
        ? `date: on or after ${evidence.after.quote} (${evidence.after.how})`
        : 'date: not found',
    `figures: ${figures.stats.length} candidates in ${charts.length} candidate charts; ${figures.notCharted.length} years, dates and names under not_charted; ${figures.chinese.length} in Chinese numerals under not_charted, each reason TODO`,
  ];
}

/** Each TODO value or line, or a comment's "TODO:" note; not the comments that explain TODOs. */
export function uncertainLines(written: string[]): { file: string; line: number; text: string }[] {
  const uncertain: { file: string; line: number; text: string }[] = [];
  for (const file of written) {
    fs.readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const hash = line.search(/(^|\s)#(\s|$)/);
        const code = hash >= 0 ? line.slice(0, hash) : line;
        const comment = hash >= 0 ? line.slice(hash) : '';
        if (/TODO/.test(code) || /TODO:/.test(comment)) {
          uncertain.push({ file: relativeFile(file), line: i + 1, text: line.trim() });
        }
      });
  }
  return uncertain;
}
