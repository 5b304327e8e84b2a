import fs from 'node:fs';
import { relativeFile } from '../../src/content-files/problems.ts';
import type { Candidates } from './candidates.ts';
import type { Doubt } from './render.ts';
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
  doubts: Doubt[] = [],
): string[] {
  const { headline, byline, credit } = c;
  const section = (s: SectionOut) =>
    `${s.id} (${plural(s.part.paragraphs.length, 'paragraph')}${s.part.title ? `, heading “${s.part.title}”` : ''}${s.part.kicker ? ', kicker' : ''})`;
  const creditParts = [
    credit.source &&
      `source ${credit.source.text}${doubts.some((d) => d.field === 'credit.source') ? " (doubted: the carrier's)" : ''}`,
    credit.copyright &&
      `copyright line${doubts.some((d) => d.field === 'credit.copyright') ? " (doubted: the carrier's)" : ''}`,
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
        : evidence.doubted
          ? "date: not found in the text (the page's own is a carrier's: see Doubted)"
          : 'date: not found',
    `figures: ${figures.stats.length} candidates in ${charts.length} candidate charts; ${figures.notCharted.length} years, dates, ranks, names and repeats under not_charted; ${figures.chinese.length} in Chinese numerals under not_charted, ${figures.chinese.filter((c) => !c.reason).length} with the reason TODO`,
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

/**
 * The end of the import's report, in plain words: what it doubted (a page's claims set aside as a
 * carrier's), merged (printed twice, imported once), dropped (not article text) and left TODO,
 * so an editor checks each in a minute.
 */
export function closingSummary(s: {
  uncertain: { file: string; line: number; text: string }[];
  dropped: { text: string; why: string }[];
  doubted: Doubt[];
  merged: { text: string; why: string }[];
}): string {
  const out: string[] = [];
  const [first] = s.doubted;
  out.push(
    first
      ? `\nDoubted: ${plural(s.doubted.length, 'claim')} of the page, not written (each left TODO in review.yml), because it reads as a repost: ${first.repost}.`
      : '\nDoubted: nothing; the page reads as the original.',
  );
  for (const d of s.doubted) out.push(`  ${d.field}: the page says ${d.claim}; ${d.why}`);
  out.push(
    `\nMerged (printed more than once, imported once): ${plural(s.merged.length, 'line')}${s.merged.length ? '; check that each copy is the same text:' : ''}`,
  );
  for (const m of s.merged) out.push(`  [${m.why}] ${m.text}`);
  out.push(
    `\nUncertain: ${s.uncertain.length} TODO${s.uncertain.length === 1 ? '' : 's'} for an editor to settle:`,
  );
  for (const u of s.uncertain) out.push(`  ${u.file}:${u.line}  ${u.text}`);
  out.push(
    `\nDropped (not article text): ${plural(s.dropped.length, 'line')}; check that none is part of the article:`,
  );
  for (const d of s.dropped) out.push(`  [${d.why}] ${d.text}`);
  return out.join('\n');
}
