import type { Problem } from '../../content-files/problems.ts';
import type { ChartRecord, StatRecord, StatsFile } from '../schema.ts';
import { changeOf, isApproximate, isOpenUnitChange } from './figures.ts';

/**
 * Build-time integrity rules for chart forms (runs inside the stats check, at build). A chart is
 * drawn only where it compares something the text gives; every other figure is listed in a
 * "by the numbers" block. Each rule reports the stats.yml line and the fix.
 *
 * - every group says its form and why;
 * - a drawn chart shows at least two figures that share a unit and a meaning (or a range's two
 *   ends, or a part with its whole); a review draws at most MAX_CHARTS charts;
 * - one axis, one kind of quantity: never a change of a rate beside a change of a count, never
 *   percent beside percentage points, never a change whose unit the text leaves open (a rate
 *   "rose 9.2%") beside anything: it is listed, labelled "as reported";
 * - unit squares are one thing each, the same size everywhere (UNIT_SQUARE in
 *   src/charts/geometry.ts): only whole, exact counts up to MAX_UNITS are squares;
 * - approximate figures (余, 多, nearly) are never drawn as exact marks: they are listed;
 * - colour encodes the series; colouring by direction needs the text's words saying which way is
 *   better;
 * - no whole (denominator) that the text does not give: a part-and-whole chart names its whole,
 *   a figure of the text, at least the sum of its parts.
 */

/** Drawn charts per review, at most: the few comparisons that matter. */
export const MAX_CHARTS = 6;
/** Above this, squares stop being countable at a glance: list the figure instead. */
export const MAX_UNITS = 200;

export interface FormContext {
  /** stats.yml, relative to the project (for messages). */
  file: string;
  /** The line of a key path in stats.yml. */
  lineOf: (keyPath: (string | number)[]) => number | undefined;
  /** The visible zh-hans text of a section (for `better` quotes). */
  textOf: (section: string) => string;
}

/** Reports a problem at a key path under the chart being checked (`['stats', 2]`). */
type Report = (key: (string | number)[], message: string, fix: string) => void;

interface ChartCheck {
  chart: ChartRecord;
  name: string;
  /** The chart's figures that stats.yml defines. */
  figures: StatRecord[];
  byId: Map<string, StatRecord>;
  textOf: FormContext['textOf'];
  report: Report;
}

export function checkChartForms(stats: StatsFile, { file, lineOf, textOf }: FormContext): Problem[] {
  const problems: Problem[] = [];
  const report = (keyPath: (string | number)[], message: string, fix: string) =>
    problems.push({ file, line: lineOf(keyPath) ?? lineOf(keyPath.slice(0, 2)), message, fix });
  const byId = new Map(stats.stats.map((s) => [s.id, s]));

  const drawn = stats.charts.filter((c) => c.form !== undefined && c.form !== 'numbers');
  if (drawn.length > MAX_CHARTS) {
    const extra = drawn[MAX_CHARTS] as ChartRecord;
    report(
      ['charts', stats.charts.indexOf(extra), 'form'],
      `the review draws ${drawn.length} charts; at most ${MAX_CHARTS} keep the comparisons that matter`,
      'keep a chart only where it compares figures the text gives together; list the others with form: numbers.',
    );
  }
  stats.charts.forEach((chart, j) => {
    const figures = chart.stats.map((id) => byId.get(id)).filter((s): s is StatRecord => s !== undefined);
    const at: Report = (key, message, fix) => report(['charts', j, ...key], message, fix);
    checkChart({ chart, name: `chart "${chart.id}"`, figures, byId, textOf, report: at });
  });
  return problems;
}

/** One chart: its form and why, then (for a drawn chart) its axis, marks, whole and colour. */
function checkChart(c: ChartCheck): void {
  const { chart, name, report } = c;
  if (!chart.form) {
    report(
      ['id'],
      `${name} does not say its form`,
      'add "form:" — change, bars, units or range to draw it, or numbers to list its figures without a drawing.',
    );
    return;
  }
  if (!chart.why) {
    report(
      ['form'],
      `${name} does not say why it has form ${chart.form}`,
      'add "why:" with a few words: what the figures share (unit and meaning), or why they are listed and not drawn.',
    );
  }
  if (chart.form === 'numbers') return;
  for (const key of ['title', 'takeaway'] as const) {
    if (!chart[key]) {
      report(
        ['id'],
        `${name} is drawn but has no ${key}`,
        `add "${key}:" with zh-hans and en texts, without digits.`,
      );
    }
  }
  axisRules(c);
  markRules(c);
  wholeRule(c);
  colourRule(c);
}

/** At least two figures of one unit and meaning (or a part and its whole), on one axis. */
function axisRules({ chart, name, figures, report }: ChartCheck): void {
  const ends = figures.reduce((n, s) => n + (s.kind === 'range' ? 2 : 1), 0);
  if (figures.length === chart.stats.length && ends < 2) {
    report(
      ['stats'],
      `${name} draws a single figure (${chart.stats.join(', ')}): a drawing of one number compares nothing`,
      "list the figure in its section's numbers block (form: numbers), or add the figure of the same unit and meaning that the text gives beside it.",
    );
  }
  const units = [...new Set(figures.map((s) => s.unit))];
  if (units.includes('percent') && units.includes('percentage-point')) {
    report(
      ['stats'],
      `${name} puts percent beside percentage points on one axis`,
      'a change in percent and a change in percentage points are different quantities: draw them apart, or list them with form: numbers.',
    );
  } else if (units.length > 1) {
    report(
      ['stats'],
      `${name} puts figures of different units on one axis: ${units.join(', ')}`,
      'one axis, one kind of quantity: draw only figures of one unit together; list the others with form: numbers.',
    );
  }
  const changes = figures.filter((s) => s.kind === 'change');
  const ofRate = changes.filter((s) => changeOf(s) === 'rate');
  if (ofRate.length > 0 && ofRate.length < changes.length) {
    report(
      ['stats'],
      `${name} puts a change of a rate (${ofRate.map((s) => s.id).join(', ')}) beside a change of a count`,
      'never a rate beside a count: draw changes of counts together, and list the change of a rate with form: numbers.',
    );
  }
  const open = figures.filter(isOpenUnitChange);
  if (open.length > 0 && ofRate.length === changes.length) {
    report(
      ['stats'],
      `${name} draws ${open.map((s) => s.id).join(', ')}, a change of a rate in %, which the text leaves open between percent and percentage points`,
      'list it with form: numbers, where it is labelled "as reported"; it shares no axis with another figure.',
    );
  }
}

/** Approximate figures are never drawn as exact; unit squares are one thing each. */
function markRules({ chart, name, figures, report }: ChartCheck): void {
  for (const s of figures) {
    const k = chart.stats.indexOf(s.id);
    if (isApproximate(s)) {
      report(
        ['stats', k],
        `${name} draws "${s.id}", which the text gives as approximate (${s.qualifier}), as an exact mark`,
        'list it with form: numbers, where it reads as approximate (1,000+ / 1000余) and is never counted up as exact.',
      );
    } else if (
      chart.form === 'units' &&
      (s.unit !== 'count' || !Number.isInteger(s.value) || s.value > MAX_UNITS)
    ) {
      report(
        ['stats', k],
        `${name} draws "${s.id}" (${s.value} ${s.unit}) as squares, but one square is one counted thing, up to ${MAX_UNITS}`,
        `use unit squares only for whole counts up to ${MAX_UNITS}; draw bars or list the figure with form: numbers.`,
      );
    }
  }
}

/** Part and whole: the whole is a figure of the text. */
function wholeRule({ chart, name, figures, byId, report }: ChartCheck): void {
  if (chart.whole !== undefined) {
    const whole = byId.get(chart.whole);
    if (!whole || !chart.stats.includes(chart.whole)) {
      report(
        ['whole'],
        `${name} names the whole "${chart.whole}", which is not one of its figures`,
        "a whole must be a figure the text states, listed in the chart's stats; never a total or denominator the text does not give.",
      );
    } else {
      const parts = figures.filter((s) => s !== whole);
      const sum = parts.reduce((n, s) => n + s.value, 0);
      if (sum > whole.value || parts.some((s) => s.unit !== whole.unit)) {
        report(
          ['whole'],
          `${name} gives parts (${sum} ${whole.unit}) that do not fit in its whole "${whole.id}" (${whole.value} ${whole.unit})`,
          'check that the text presents these figures as parts of that whole; otherwise remove "whole".',
        );
      }
    }
  }
}

/** Colour: the series, unless the text says which way is better. */
function colourRule({ chart, name, figures, textOf, report }: ChartCheck): void {
  if (chart.colour === 'direction') {
    const sections = [...new Set(figures.map((s) => s.section))];
    const said = chart.better && sections.some((s) => textOf(s).includes(chart.better ?? ''));
    if (!said) {
      report(
        [chart.better ? 'better' : 'colour'],
        chart.better
          ? `${name} colours by direction, citing “${chart.better}”, which the text of its figures does not contain`
          : `${name} colours by direction (good or bad news), but cites no words of the text saying which way is better`,
        'colour encodes the series: remove "colour", or add "better:" with the exact zh-hans words that say which way is better.',
      );
    }
  }
}
