import { relativeFile, type Problem } from '../../content-files/problems.ts';
import { occurrences, wholeNumbers } from '../pieces.ts';
import type { StatsFile } from '../schema.ts';
import { problem, type StatsRuleContext } from './context.ts';
import { lexFigures } from '../../text/figures.ts';

/** The quotes that account for numbers of a section: its stats' and its not_charted entries'. */
export function quotesOf(stats: StatsFile, section: string): string[] {
  return [
    ...stats.stats.filter((s) => s.section === section).map((s) => s.quote),
    ...stats.not_charted.filter((n) => n.section === section).map((n) => n.quote),
  ];
}

/** Every Arabic number of the zh-hans text is inside the quote of a stat or of a not_charted entry. */
export function coverageProblems(ctx: StatsRuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const zh of ctx.editions['zh-hans'] ?? []) {
    const quotes = quotesOf(ctx.stats, zh.id);
    for (const piece of ctx.piecesOf(zh)) {
      const spans = quotes.flatMap((q) =>
        occurrences(piece.text, q).map((start) => [start, start + q.length] as const),
      );
      for (const figure of lexFigures(piece.text)) {
        // The digits must be quoted; what follows them (万, 余, %) may stand outside the quote.
        const { start, digits } = figure;
        const end = start + digits.length;
        if (spans.some(([s, e]) => s <= start && end <= e)) continue;
        const around = wholeNumbers(piece.text, Math.max(0, start - 8), end + 8).replace(/\s+/g, ' ');
        problems.push(
          problem(
            ctx,
            piece.line + (piece.text.slice(0, start).match(/\n/g)?.length ?? 0),
            `the number ${digits} in “…${around}…” is neither a record in ${ctx.file} nor listed under not_charted`,
            `add a record to stats.yml or list it under not_charted (section: ${zh.id}, the exact quote around it, and a reason such as year, date or name).`,
            relativeFile(zh.file),
          ),
        );
      }
    }
  }
  return problems;
}
