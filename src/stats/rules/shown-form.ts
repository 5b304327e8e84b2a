import { formatStat, printedForm } from '../format.ts';
import type { Problem } from '../../content-files/problems.ts';
import type { StatRecord } from '../schema.ts';
import { problem, type StatsRuleContext } from './context.ts';

/**
 * What the page shows of a figure is what its quote prints (content check, build time): the
 * Chinese number of every record's shown form (charts, numbers blocks, headline strip, data
 * tables, share text all take it from src/stats/format.ts) stands in the quote as written, and
 * the English one has the same digits after the point. So 98.79% is never shown as 98.8%, and a
 * reader who searches the shown form finds the paragraph.
 */
export function shownFormProblems(ctx: StatsRuleContext): Problem[] {
  return ctx.stats.stats.flatMap((stat, i) => {
    const wrong = shownWrong(stat);
    return wrong
      ? [
          problem(
            ctx,
            ctx.lineOf(['stats', i, 'value']),
            `stat "${stat.id}" would be shown as “${wrong}”, which is not how its quote prints it (“${stat.quote}”)`,
            'write value with exactly the digits the quote prints (98.79 for 98.79%, 12650000 for 1265万).',
          ),
        ]
      : [];
  });
}

/** The shown form when it differs from the printed one; undefined when they agree (or the quote has no Arabic figure). */
function shownWrong(stat: StatRecord): string | undefined {
  if (stat.kind === 'range') return undefined;
  const printed = printedForm(stat.quote, stat.value);
  if (!printed) return undefined;
  const zh = formatStat(stat, 'zh-hans').number;
  if (!stat.quote.includes(zh)) return zh;
  const en = formatStat(stat, 'en').number;
  const decimals = /\.(\d+)/.exec(en)?.[1]?.length ?? 0;
  return printed.scaled || decimals === printed.decimals ? undefined : en;
}
