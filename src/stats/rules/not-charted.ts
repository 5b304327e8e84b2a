import { closest } from '../../content-files/closest.ts';
import { relativeFile, type Problem } from '../../content-files/problems.ts';
import { occurrences } from '../pieces.ts';
import { holdsNumber } from './chinese-numerals.ts';
import { problem, type StatsRuleContext } from './context.ts';

/** Each not_charted entry holds a number and quotes its section's words (content check, build time). */
export function notChartedProblems(ctx: StatsRuleContext): Problem[] {
  const problems: Problem[] = [];
  ctx.stats.not_charted.forEach((entry, i) => {
    const line = ctx.lineOf(['not_charted', i, 'quote']);
    if (!holdsNumber(entry.quote)) {
      problems.push(
        problem(
          ctx,
          line,
          `the not_charted quote “${entry.quote}” holds no number`,
          'list only numbers of the text here: quote the words around the number, with its digits.',
        ),
      );
    }
    if (!ctx.sections.includes(entry.section)) {
      problems.push(
        problem(
          ctx,
          ctx.lineOf(['not_charted', i, 'section']),
          `a not_charted entry names section "${entry.section}", which review.yml does not list`,
          `use one of: ${closest(entry.section, ctx.sections).join(', ')}.`,
        ),
      );
      return;
    }
    const zh = ctx.sectionOf('zh-hans', entry.section);
    if (zh && !ctx.piecesOf(zh).some((p) => occurrences(p.text, entry.quote).length > 0)) {
      problems.push(
        problem(
          ctx,
          line,
          `the not_charted quote does not occur in ${relativeFile(zh.file)}: “${entry.quote}”`,
          `copy the words exactly from ${relativeFile(zh.file)}, or correct "section".`,
        ),
      );
    }
  });
  return problems;
}
