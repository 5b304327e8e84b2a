import type { Problem } from '../../content-files/problems.ts';
import type { EditionText } from '../../reviews/schema.ts';
import { problem, type StatsRuleContext } from './context.ts';

/**
 * The English words of stats.yml (labels, owners, the ends of a range, chart titles and takeaways) are
 * asked for only when the year has English (review.yml `editions`), like review.yml's own texts:
 * a year published in Chinese only needs none, and gets no problem about them.
 */
export function editionTextProblems(ctx: StatsRuleContext): Problem[] {
  if (!ctx.written.includes('en')) return [];
  const problems: Problem[] = [];
  const need = (text: EditionText | undefined, keyPath: (string | number)[], what: string, fix: string) => {
    if (text && text.en === undefined)
      problems.push(problem(ctx, ctx.lineOf(keyPath), `${what} has no English text`, fix));
  };
  ctx.stats.stats.forEach((stat, i) => {
    need(
      stat.label,
      ['stats', i, 'label'],
      `the label of figure "${stat.id}"`,
      'add a line "en: …" under label: what is counted, in English, without the number.',
    );
    need(
      stat.owner,
      ['stats', i, 'owner'],
      `the owner of figure "${stat.id}"`,
      'add a line "en: …" under owner: the body the figure belongs to, in English.',
    );
    need(
      stat.ends?.low,
      ['stats', i, 'ends', 'low'],
      `the lower end of range "${stat.id}"`,
      'add a line "en: …" under low: what that end is, in English.',
    );
    need(
      stat.ends?.high,
      ['stats', i, 'ends', 'high'],
      `the upper end of range "${stat.id}"`,
      'add a line "en: …" under high: what that end is, in English.',
    );
  });
  ctx.stats.charts.forEach((chart, i) => {
    need(
      chart.title,
      ['charts', i, 'title'],
      `the title of chart "${chart.id}"`,
      'add a line "en: …" under title: the chart’s title in English, without digits.',
    );
    need(
      chart.takeaway,
      ['charts', i, 'takeaway'],
      `the takeaway of chart "${chart.id}"`,
      'add a line "en: …" under takeaway: one English sentence saying what the chart shows, without digits.',
    );
  });
  return problems;
}
