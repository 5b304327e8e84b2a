import { writtenSegments, type LocaleSegment } from '../../config/locales.ts';
import { closest } from '../../content-files/closest.ts';
import { relativeFile, type Problem } from '../../content-files/problems.ts';
import type { ChartRecord } from '../schema.ts';
import { membership, type Membership } from './charts.ts';
import { problem, type StatsRuleContext } from './context.ts';
import { compiledBody } from '../../reviews/frontmatter.ts';
import { quotePieces } from './stat-quote.ts';

/**
 * `<Chart id="…" />` lines in the MDX of each written edition (content check, build time): in the
 * one form the page renders, naming a chart, once per edition, in the section of the chart's
 * figures, after every paragraph its figures are quoted from, and at the same place in both
 * editions.
 */

/** A `<Chart id="…" />` line in an MDX section file. */
interface Placement {
  id: string;
  segment: LocaleSegment;
  section: string;
  file: string;
  line: number;
  /** How many of the section's paragraphs come before it: "after paragraph N". */
  after: number;
}

/** A chart on a line of its own, the only form the page renders. */
const CHART_LINE = /^\s*<Chart\s+id="([^"]*)"\s*\/>\s*$/;

export function placementProblems(ctx: StatsRuleContext): Problem[] {
  const problems: Problem[] = [];
  const placements = findPlacements(ctx, problems);
  const member = membership(ctx.stats);
  const settled = new Map<string, Placement>();
  for (const chart of ctx.stats.charts) {
    const home = member.chartSection.get(chart.id);
    if (!home) continue;
    for (const segment of writtenSegments) {
      // A section file that is missing or did not parse is reported by the reviews check (src/reviews/year.ts); its charts wait.
      const homeSection = ctx.editions[segment] ? ctx.sectionOf(segment, home) : undefined;
      if (!homeSection) continue;
      const placed = placements.filter((p) => p.id === chart.id && p.segment === segment);
      if (placed.length === 0) {
        problems.push(
          notPlaced(ctx, { chart, segment, home, homeFile: homeSection.file, placements, member }),
        );
        continue;
      }
      problems.push(...misplaced(ctx, chart.id, home, homeSection.file, placed));
      const first = placed[0] as Placement;
      if (first.section === home) problems.push(...tooEarly(ctx, chart, first, member));
      if (placed.length === 1 && first.section === home) settled.set(`${segment} ${chart.id}`, first);
    }
  }
  problems.push(...orderProblems(ctx, placements, settled));
  return problems;
}

/** The chart lines of every section file; a line in another form, or naming no chart, is reported. */
function findPlacements(ctx: StatsRuleContext, problems: Problem[]): Placement[] {
  const chartIds = ctx.stats.charts.map((c) => c.id);
  const placements: Placement[] = [];
  for (const segment of writtenSegments) {
    for (const section of ctx.editions[segment] ?? []) {
      // The body as the compiler reads it (frontmatter blanked by its rule, lines kept).
      const lines = compiledBody(section.source).split('\n');
      const fileRel = relativeFile(section.file);
      for (let n = 0; n < lines.length; n++) {
        const text = lines[n] ?? '';
        if (!/^\s*<Chart\b/.test(text)) continue;
        const line = n + 1;
        const m = CHART_LINE.exec(text);
        const alone = (lines[n - 1] ?? '').trim() === '' && (lines[n + 1] ?? '').trim() === '';
        if (!m || !alone) {
          problems.push(
            problem(
              ctx,
              line,
              `a chart is written in a form the page does not render: “${text.trim()}”`,
              'write it as <Chart id="…" /> on a line of its own, with a blank line before and after.',
              fileRel,
            ),
          );
          continue;
        }
        const id = m[1] ?? '';
        if (!chartIds.includes(id)) {
          problems.push(
            problem(
              ctx,
              line,
              `<Chart id="${id}" /> names no chart in ${ctx.file}`,
              `use one of: ${closest(id, chartIds).join(', ')}.`,
              fileRel,
            ),
          );
          continue;
        }
        const after = section.paragraphs.filter((p) => p.line < line).length;
        placements.push({ id, segment, section: section.id, file: section.file, line, after });
      }
    }
  }
  return placements;
}

/** A chart no line places in one edition: say where, as the other edition does or after its figures. */
function notPlaced(
  ctx: StatsRuleContext,
  {
    chart,
    segment,
    home,
    homeFile,
    placements,
    member,
  }: {
    chart: ChartRecord;
    segment: LocaleSegment;
    home: string;
    homeFile: string;
    placements: Placement[];
    member: Membership;
  },
): Problem {
  const other = placements.find((p) => p.id === chart.id && p.segment !== segment && p.section === home);
  const after = other ? other.after : suggestedAfter(ctx, chart, member);
  return problem(
    ctx,
    undefined,
    `chart "${chart.id}" is not placed in the ${segment} edition`,
    `add the line <Chart id="${chart.id}" /> (with a blank line before and after) to ${relativeFile(homeFile)} ${after > 0 ? `after paragraph ${after}` : 'before its first paragraph'}${other ? `, where ${relativeFile(other.file)} places it` : ' (the last paragraph that states its figures)'}.`,
    relativeFile(homeFile),
  );
}

/**
 * Where a chart belongs when no edition places it yet: after the last paragraph of its home
 * section that states one of its figures.
 */
function suggestedAfter(ctx: StatsRuleContext, chart: ChartRecord, member: Membership): number {
  const byId = new Map(ctx.stats.stats.map((s) => [s.id, s]));
  const home = member.chartSection.get(chart.id);
  return Math.max(
    0,
    ...chart.stats
      .map((id) => byId.get(id))
      .filter((s) => s !== undefined && s.section === home)
      .map((s) => {
        const found = s ? quotePieces(ctx, s) : undefined;
        const where = found?.length === 1 ? found[0]?.where : undefined;
        return typeof where === 'number' ? where + 1 : 0;
      }),
  );
}

/**
 * A chart or figure block stands after every paragraph its figures are quoted from: a reader
 * meets each figure in the text first, then drawn or listed.
 */
function tooEarly(ctx: StatsRuleContext, chart: ChartRecord, at: Placement, member: Membership): Problem[] {
  const needed = suggestedAfter(ctx, chart, member);
  if (at.after >= needed) return [];
  return [
    problem(
      ctx,
      at.line,
      `chart "${chart.id}" stands after paragraph ${at.after} of ${at.section}, before paragraph ${needed}, which states one of its figures`,
      `move the line <Chart id="${chart.id}" /> below paragraph ${needed}: a chart stands after every paragraph its figures are quoted from.`,
      relativeFile(at.file),
    ),
  ];
}

/** A chart placed twice in one edition, or outside the section of its figures. */
function misplaced(
  ctx: StatsRuleContext,
  id: string,
  home: string,
  homeFile: string,
  placed: Placement[],
): Problem[] {
  const first = placed[0] as Placement;
  return [
    ...placed
      .slice(1)
      .map((again) =>
        problem(
          ctx,
          again.line,
          `chart "${id}" is placed again (first at ${relativeFile(first.file)}:${first.line})`,
          'place each chart once per edition: remove one of the lines.',
          relativeFile(again.file),
        ),
      ),
    ...placed
      .filter((p) => p.section !== home)
      .map((p) =>
        problem(
          ctx,
          p.line,
          `chart "${id}" draws figures of section ${home} but is placed in section ${p.section}`,
          `move the line <Chart id="${id}" /> to ${relativeFile(homeFile)}, after the text that states its figures.`,
          relativeFile(p.file),
        ),
      ),
  ];
}

/** Both editions place the same charts in the same order, after the same paragraph. */
function orderProblems(
  ctx: StatsRuleContext,
  placements: Placement[],
  settled: Map<string, Placement>,
): Problem[] {
  const problems: Problem[] = [];
  for (const id of ctx.sections) {
    const inBoth = (p: Placement) =>
      p.section === id &&
      writtenSegments.every((s) => settled.has(`${s} ${p.id}`)) &&
      settled.get(`${p.segment} ${p.id}`) === p;
    const zh = placements.filter((p) => p.segment === 'zh-hans' && inBoth(p));
    const en = placements.filter((p) => p.segment === 'en' && inBoth(p));
    const show = (list: Placement[]) => list.map((p) => `${p.id} after paragraph ${p.after}`).join(', ');
    const differs = en.findIndex((p, k) => p.id !== zh[k]?.id || p.after !== zh[k]?.after);
    if (differs >= 0 && zh[0]) {
      const p = en[differs] as Placement;
      problems.push(
        problem(
          ctx,
          p.line,
          `the charts of section ${id} are placed as ${show(en)}, but ${relativeFile(zh[0].file)} places them as ${show(zh)}`,
          'place the same charts in the same order, after the same paragraph, in both editions (their paragraphs correspond one to one).',
          relativeFile(p.file),
        ),
      );
    }
  }
  return problems;
}
