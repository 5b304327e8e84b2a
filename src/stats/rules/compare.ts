import { writtenTexts } from '../../reviews/schema.ts';
import type { Problem } from '../../content-files/problems.ts';
import type { ChartRecord, StatRecord } from '../schema.ts';
import { RELATIONS, type CompareEntry, type Relation } from '../compare-entry.ts';
import { DOWN, UP } from '../reading.ts';

/**
 * Derived claims are computed, not written (build time, content check). A chart's takeaway may
 * restate its figures; a comparison (more, fewer, most, equal, rose, 超过, 多数, 相当, 下降 …) is a
 * claim the reader must be able to check, so it needs a `compare` entry in stats.yml naming the
 * figures and the relation, and this rule checks the relation arithmetically. A takeaway with a
 * comparison no entry backs, or an entry the figures do not bear out, is a problem with the file,
 * line and fix. Ranks the figures cannot show (led the province, 领先, first) are never allowed.
 */

/** Words that compare, per language, and the relations that can back each. */
const WORDS: { zh: RegExp; en: RegExp; backs: Relation[] | [] }[] = [
  {
    zh: /超过|多于|高于|大于|更多|更高|较多/,
    en: /\b(?:more|greater|higher|larger|exceed(?:s|ed)?|outnumber(?:s|ed)?)\b/i,
    backs: ['greater', 'less'],
  },
  {
    zh: /少于|低于|小于|更少|更低|较少/,
    en: /\b(?:fewer|less|lower|smaller)\b/i,
    backs: ['less', 'greater'],
  },
  {
    zh: /多数|大多|大部分|过半|占多|最多|最高/,
    en: /\b(?:most|majority|largest|biggest|highest)\b/i,
    backs: ['majority', 'greater'],
  },
  { zh: /少数|最少|最低/, en: /\b(?:least|minority|smallest|lowest)\b/i, backs: ['less'] },
  {
    zh: /相当|相等|相同|持平|一样多|差不多/,
    en: /\b(?:equal(?:ly)?|same|similar|comparable|as many)\b/i,
    backs: ['equal'],
  },
  { zh: UP, en: /\b(?:rose|risen|rise[sn]?|grew|grown|increase[sd]?)\b/i, backs: ['up'] },
  {
    zh: DOWN,
    en: /\b(?:fell|fallen|falls?|dropped|drops?|decrease[sd]?|declined?)\b/i,
    backs: ['down'],
  },
  // A rank the chart's own figures cannot prove: no entry can back it.
  { zh: /领先|第一|前列|居首|名列/, en: /\b(?:led|leads?|leading|first|top)\b/i, backs: [] },
];

export interface CompareContext {
  charts: ChartRecord[];
  stats: StatRecord[];
  compare: CompareEntry[];
  /** The 1-based line of a key path in stats.yml. */
  lineOf: (keyPath: (string | number)[]) => number | undefined;
  /** stats.yml relative to the project, for the problem's file. */
  file: string;
}

/** Whether the figures bear the relation out; otherwise what they actually are. */
function holds(relation: Relation, figures: StatRecord[]): boolean {
  const [first, ...rest] = figures;
  if (!first) return false;
  const signed = (s: StatRecord) => (s.kind === 'change' && s.direction === 'down' ? -s.value : s.value);
  switch (relation) {
    case 'greater':
      return rest.length > 0 && rest.every((s) => signed(first) > signed(s));
    case 'less':
      return rest.length > 0 && rest.every((s) => signed(first) < signed(s));
    case 'equal':
      return rest.length > 0 && rest.every((s) => signed(s) === signed(first));
    case 'majority':
      return rest.length > 0 && first.value > rest.reduce((sum, s) => sum + s.value, 0);
    case 'up':
    case 'down':
      return figures.every((s) => s.kind === 'change' && s.direction === relation);
  }
}

const show = (s: StatRecord) =>
  `${s.id} = ${s.kind === 'change' ? `${s.direction === 'down' ? '−' : '+'}${s.value}` : s.value}${s.qualifier ? ` (${s.qualifier})` : ''}`;

export function checkCompare(ctx: CompareContext): Problem[] {
  const problems: Problem[] = [];
  const report = (line: number | undefined, message: string, fix: string) =>
    problems.push({ file: ctx.file, line, message, fix });
  // Each entry: its chart exists, its figures are that chart's, comparable, and bear it out.
  ctx.compare.forEach((entry, i) => {
    const at = (...k: (string | number)[]) => ctx.lineOf(['compare', i, ...k]);
    checkEntry(ctx, entry, (k, message, fix) => report(at(...k), message, fix));
  });
  takeawayRules(ctx, report);
  return problems;
}

/** One compare entry against its chart and figures. */
function checkEntry(
  ctx: CompareContext,
  entry: CompareEntry,
  report: (key: (string | number)[], message: string, fix: string) => void,
): void {
  const statById = new Map(ctx.stats.map((s) => [s.id, s]));
  // The last chart of an id, as a map keeps it (a repeated id is reported by the ids rule).
  const chart = new Map(ctx.charts.map((c) => [c.id, c])).get(entry.chart);
  if (!chart) {
    report(
      ['chart'],
      `a compare entry names chart "${entry.chart}", which stats.yml does not define`,
      `use the id of the chart whose takeaway makes the comparison: ${ctx.charts.map((c) => c.id).join(', ')}.`,
    );
    return;
  }
  const figures: StatRecord[] = [];
  entry.stats.forEach((id, k) => {
    const stat = statById.get(id);
    if (!stat || !chart.stats.includes(id)) {
      report(
        ['stats', k],
        `compare names "${id}", which is not a figure of chart "${chart.id}"`,
        `name figures the chart draws (${chart.stats.join(', ')}): a takeaway compares only what its reader can see.`,
      );
    } else figures.push(stat);
  });
  if (figures.length !== entry.stats.length) return;
  const needsTwo = entry.relation !== 'up' && entry.relation !== 'down';
  if (needsTwo && figures.length < 2) {
    report(
      ['stats'],
      `compare "${entry.relation}" on chart "${chart.id}" names one figure`,
      'name the figure compared first, then the figures it is compared with.',
    );
    return;
  }
  const units = new Set(figures.map((s) => `${s.unit}/${s.kind}`));
  if (needsTwo && units.size > 1) {
    report(
      ['stats'],
      `compare "${entry.relation}" on chart "${chart.id}" mixes figures of different units or kinds (${[...units].join(', ')})`,
      'compare only figures counted in the same unit and kind, or say no comparison in the takeaway.',
    );
    return;
  }
  // A "more than" or "nearly" figure is not exact: an ordering or equality that rests on it cannot be proved.
  if (needsTwo && figures.some((s) => s.qualifier && s.qualifier !== 'more-than')) {
    report(
      ['relation'],
      `compare "${entry.relation}" on chart "${chart.id}" rests on a figure the text qualifies (${figures
        .filter((s) => s.qualifier)
        .map(show)
        .join(', ')})`,
      'a qualified figure has no exact value: say no comparison in the takeaway, or remove this entry.',
    );
    return;
  }
  if (!holds(entry.relation, figures)) {
    report(
      ['relation'],
      `compare says ${entry.relation} for ${entry.stats.join(', ')} on chart "${chart.id}", but the figures are ${figures.map(show).join(', ')}`,
      `correct the takeaway of chart "${chart.id}" to what the figures say, and this entry with it (relations: ${RELATIONS.join(', ')}).`,
    );
  }
}

/** Each takeaway: every comparing word is backed by an entry of a relation that can carry it. */
function takeawayRules(
  ctx: CompareContext,
  report: (line: number | undefined, message: string, fix: string) => void,
): void {
  ctx.charts.forEach((chart, j) => {
    const relations = new Set(ctx.compare.filter((c) => c.chart === chart.id).map((c) => c.relation));
    for (const [segment, text] of writtenTexts(chart.takeaway)) {
      for (const word of WORDS) {
        const m = (segment === 'en' ? word.en : word.zh).exec(text);
        if (!m) continue;
        if (word.backs.some((r) => relations.has(r))) continue;
        report(
          ctx.lineOf(['charts', j, 'takeaway', segment]),
          word.backs.length === 0
            ? `the ${segment} takeaway of chart "${chart.id}" says “${m[0]}”, a rank its figures cannot show: “${text}”`
            : `the ${segment} takeaway of chart "${chart.id}" says “${m[0]}”, a comparison no compare entry backs: “${text}”`,
          word.backs.length === 0
            ? 'say only what the figures say; a rank the source states stays in the text, not the takeaway.'
            : `add to stats.yml under compare: { chart: ${chart.id}, relation: ${word.backs.join(' or ')}, stats: [the figures compared, first the one compared] } (the build checks it against the values), or rewrite the takeaway to restate its figures only.`,
        );
      }
    }
  });
}
