import type { Problem } from '../../content-files/problems.ts';
import { problem, type StatsRuleContext } from './context.ts';

/** Stat and chart ids become anchors on the same page, so they share one namespace. */
export function idProblems(ctx: StatsRuleContext): Problem[] {
  const problems: Problem[] = [];
  const firstId = new Map<string, string>();
  const ids: [string, string, (string | number)[]][] = [
    ...ctx.stats.stats.map(
      (s, i) => ['stat', s.id, ['stats', i, 'id']] as [string, string, (string | number)[]],
    ),
    ...ctx.stats.charts.map(
      (c, i) => ['chart', c.id, ['charts', i, 'id']] as [string, string, (string | number)[]],
    ),
  ];
  for (const [what, id, keyPath] of ids) {
    const first = firstId.get(id);
    if (first) {
      problems.push(
        problem(
          ctx,
          ctx.lineOf(keyPath),
          `the id "${id}" is used again (first by the ${first})`,
          `give this ${what} an id of its own; stat and chart ids are anchors on one page and must all differ.`,
        ),
      );
    } else {
      firstId.set(id, `${what} at ${ctx.file}:${ctx.lineOf(keyPath) ?? '?'}`);
    }
  }
  return problems;
}
