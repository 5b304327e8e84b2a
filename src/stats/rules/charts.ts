import { writtenTexts } from '../../reviews/schema.ts';
import { closest } from '../../content-files/closest.ts';
import type { Problem } from '../../content-files/problems.ts';
import type { ChartForm, StatRecord, StatsFile } from '../schema.ts';
import { problem, type StatsRuleContext } from './context.ts';
import { quotePieces } from './stat-quote.ts';

/**
 * What each chart draws (content check, build time): known stats, each stat in exactly one chart,
 * one kind of figure per drawn chart, and no digits in titles and takeaways. All the figures of a
 * chart or block come from one section, where it is placed after every paragraph they are quoted
 * from (placement.ts). One drawn chart holds one measure unless the text compares them: its
 * figures are stated together, in one paragraph (176个集体和169名个人), never gathered from apart.
 */

/** Which kind of figure each drawn chart form draws (a numbers block lists any kind). */
const FORM_KIND: Record<Exclude<ChartForm, 'numbers'>, StatRecord['kind']> = {
  change: 'change',
  bars: 'level',
  units: 'level',
  range: 'range',
};

/** Which stats each chart draws, in the file's order: a stat counts for the first chart that names it. */
export interface Membership {
  /** The chart of each drawn stat. */
  chartOfStat: Map<string, string>;
  /** The stats each chart draws (known, and not drawn by an earlier chart). */
  drawn: Map<string, StatRecord[]>;
  /** The section each chart belongs in (that of its first drawn stat). */
  chartSection: Map<string, string>;
}

export function membership(stats: StatsFile): Membership {
  const byId = new Map(stats.stats.map((s) => [s.id, s]));
  const chartOfStat = new Map<string, string>();
  const drawn = new Map<string, StatRecord[]>();
  const chartSection = new Map<string, string>();
  for (const chart of stats.charts) {
    const known: StatRecord[] = [];
    for (const statId of chart.stats) {
      const stat = byId.get(statId);
      if (!stat || chartOfStat.has(statId)) continue;
      chartOfStat.set(statId, chart.id);
      known.push(stat);
    }
    drawn.set(chart.id, known);
    if (known[0]) chartSection.set(chart.id, known[0].section);
  }
  return { chartOfStat, drawn, chartSection };
}

export function chartProblems(ctx: StatsRuleContext): Problem[] {
  const { stats } = ctx;
  const { chartOfStat, drawn } = membership(stats);
  const statIds = stats.stats.map((s) => s.id);
  const problems: Problem[] = [];
  const claimed = new Map<string, string>();
  stats.charts.forEach((chart, j) => {
    problems.push(...digitProblems(ctx, j));
    chart.stats.forEach((statId, k) => {
      const line = ctx.lineOf(['charts', j, 'stats', k]);
      const other = claimed.get(statId);
      if (!statIds.includes(statId)) {
        problems.push(
          problem(
            ctx,
            line,
            `chart "${chart.id}" names stat "${statId}", which stats.yml does not define`,
            `use one of: ${closest(statId, statIds).join(', ')}.`,
          ),
        );
      } else if (other) {
        problems.push(
          problem(
            ctx,
            line,
            `stat "${statId}" is drawn by chart "${other}" and again by chart "${chart.id}"`,
            'every stat belongs to exactly one chart: remove it from one of them.',
          ),
        );
      } else {
        claimed.set(statId, chart.id);
      }
    });
    problems.push(...kindProblems(ctx, j, drawn.get(chart.id) ?? []));
    problems.push(...togetherProblems(ctx, j, drawn.get(chart.id) ?? []));
  });
  stats.stats.forEach((stat, i) => {
    if (!chartOfStat.has(stat.id)) {
      problems.push(
        problem(
          ctx,
          ctx.lineOf(['stats', i, 'id']),
          `stat "${stat.id}" is in no chart`,
          `add "${stat.id}" to the stats of a chart or numbers block of section ${stat.section}: every figure is shown.`,
        ),
      );
    }
  });
  return problems;
}

/** Titles and takeaways have no digits: the chart shows the figures from the records. */
function digitProblems(ctx: StatsRuleContext, j: number): Problem[] {
  const chart = ctx.stats.charts[j];
  if (!chart) return [];
  return (['title', 'takeaway'] as const).flatMap((key) =>
    writtenTexts(chart[key])
      .filter((e) => /\d/.test(e[1]))
      .map(([segment, text]) =>
        problem(
          ctx,
          ctx.lineOf(['charts', j, key, segment]),
          `the ${segment} ${key} of chart "${chart.id}" has a digit: “${text}”`,
          `write the ${key} without numbers: the chart shows them from the records.`,
        ),
      ),
  );
}

/** A drawn chart draws one kind of figure, the kind its form draws. */
function kindProblems(ctx: StatsRuleContext, j: number, known: StatRecord[]): Problem[] {
  const chart = ctx.stats.charts[j];
  // A numbers block lists figures of any kind; src/stats/rules/chart-form.ts checks forms.
  if (!chart || chart.form === 'numbers') return [];
  const kinds = [...new Set(known.map((s) => s.kind))];
  if (kinds.length > 1) {
    return [
      problem(
        ctx,
        ctx.lineOf(['charts', j, 'stats']),
        `chart "${chart.id}" mixes kinds of figure: ${kinds.join(', ')}`,
        'a chart draws one kind of figure (changes, levels or a range): split it, or list the figures in a numbers block (form: numbers).',
      ),
    ];
  }
  if (chart.form && kinds[0] && FORM_KIND[chart.form] !== kinds[0]) {
    const suits = (Object.keys(FORM_KIND) as (keyof typeof FORM_KIND)[]).filter(
      (f) => FORM_KIND[f] === kinds[0],
    );
    return [
      problem(
        ctx,
        ctx.lineOf(['charts', j, 'form']),
        `chart "${chart.id}" has form ${chart.form}, which does not draw ${kinds[0]} figures`,
        `use form ${suits.join(' or ')}, or numbers (a "by the numbers" block, no drawing).`,
      ),
    ];
  }
  return [];
}

/**
 * A chart's figures stand in one section; a drawn chart's in one paragraph, where the text gives
 * them together (the one case in which it compares them). Figures stated apart are different
 * measures: each goes in its own section's "by the numbers" block.
 */
function togetherProblems(ctx: StatsRuleContext, j: number, known: StatRecord[]): Problem[] {
  const chart = ctx.stats.charts[j];
  const first = known[0];
  if (!chart || !first) return [];
  const line = ctx.lineOf(['charts', j, 'stats']);
  const away = known.filter((s) => s.section !== first.section);
  if (away.length > 0) {
    return [
      problem(
        ctx,
        line,
        `chart "${chart.id}" gathers figures from section ${first.section} and from ${away.map((s) => `${s.section} (${s.id})`).join(', ')}`,
        'a chart or block stands in the section its figures come from, after their paragraphs: move each figure to a chart or numbers block of its own section.',
      ),
    ];
  }
  if (chart.form === 'numbers' || known.length < 2) return [];
  const where = known.map((s) => {
    const found = quotePieces(ctx, s);
    return found?.length === 1 ? found[0]?.where : undefined;
  });
  const places = [...new Set(where.filter((w) => w !== undefined))];
  if (places.length < 2) return [];
  const show = (w: (typeof where)[number]) => (typeof w === 'number' ? `paragraph ${w + 1}` : String(w));
  return [
    problem(
      ctx,
      line,
      `chart "${chart.id}" draws figures the text states apart (${known.map((s, k) => `${s.id} in ${show(where[k])}`).join(', ')}): one chart holds one measure unless the text compares them`,
      "draw together only figures one paragraph gives together; list the others in their section's numbers block (form: numbers).",
    ),
  ];
}
