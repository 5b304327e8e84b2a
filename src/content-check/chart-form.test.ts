import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { checkContent } from './load.ts';
import { formatProblems, type Problem } from '../content-files/problems.ts';
import type { ChartRecord, StatRecord, StatsFile } from '../stats/schema.ts';
import { checkChartForms, MAX_CHARTS } from '../stats/rules/chart-form.ts';

/**
 * The chart-form integrity rules, each proven to fail on a crafted bad stats.yml (a copy of the
 * real content with one change), reporting the stats.yml line and a fix.
 */
const REAL_CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
const roots: string[] = [];
afterEach(() => {
  for (const dir of roots.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of the real content whose stats.yml has each [from, to] replaced once. */
function withStats(...edits: [string, string][]): { root: string; file: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-forms-'));
  roots.push(root);
  fs.cpSync(REAL_CONTENT, root, { recursive: true });
  const file = path.join(root, 'reviews', '2024', 'stats.yml');
  let text = fs.readFileSync(file, 'utf8');
  for (const [from, to] of edits) {
    expect(text, `stats.yml should contain ${from}`).toContain(from);
    text = text.replace(from, to);
  }
  fs.writeFileSync(file, text);
  return { root, file };
}

const lineWith = (file: string, needle: string, nth = 1): number => {
  let seen = 0;
  const i = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(needle) && ++seen === nth);
  expect(i, `${file} should contain ${needle}`).toBeGreaterThanOrEqual(0);
  return i + 1;
};

/** The problems of a crafted copy; exactly `count` of them. */
function problemsOf(root: string, count = 1): Problem[] {
  const { problems } = checkContent(root);
  expect(problems, formatProblems(problems)).toHaveLength(count);
  for (const p of problems) {
    expect(p.file).toMatch(/reviews\/2024\/stats\.yml$/);
    expect(p.fix.length).toBeGreaterThan(10);
  }
  return problems;
}

const HONOURS = 'stats: [honoured-collectives, honoured-individuals]';
const LEDE_NUMBERS = 'stats: [grid-stations, crime-cases, clearance-rate, legal-service-centres]';

/**
 * The review draws no change chart since the lede's and political-leadership's falls were split
 * (one measure per chart): the rules for changes are proven on the real figures with a change chart
 * added in memory ("falls"), through checkChartForms alone.
 */
function changeChartProblems(chart: Partial<ChartRecord>, unit?: StatRecord['unit']): Problem[] {
  const real = checkContent(REAL_CONTENT).reviews[0]?.stats;
  expect(real).toBeDefined();
  const stats = structuredClone(real) as StatsFile;
  if (unit) stats.stats = stats.stats.map((s) => (s.id === 'street-incidents' ? { ...s, unit } : s));
  stats.charts.push({
    id: 'falls',
    stats: ['crime-cases', 'street-incidents'],
    form: 'change',
    why: 'two falls in percent',
    title: { 'zh-hans': '降幅', 'zh-hant': '降幅', en: 'Falls' },
    takeaway: { 'zh-hans': '两项下降。', 'zh-hant': '兩項下降。', en: 'Two falls.' },
    ...chart,
  });
  const at = stats.charts.length - 1;
  const textOf = (section: string) =>
    fs.readFileSync(path.join(REAL_CONTENT, 'reviews/2024/zh-hans', `${section}.mdx`), 'utf8');
  return checkChartForms(stats, {
    file: 'stats.yml',
    lineOf: (key) => (key[0] === 'charts' && key[1] === at ? 900 + key.length : undefined),
    textOf,
  });
}
const MEDIATION = 'stats: [sector-mediation-organisations, enterprise-mediation-organisations]';

describe('the real stats.yml', () => {
  test('passes every chart-form rule, and draws at most six charts', () => {
    const { reviews, problems } = checkContent(REAL_CONTENT);
    expect(problems, formatProblems(problems)).toEqual([]);
    const drawn = reviews[0]?.stats?.charts.filter((c) => c.form !== 'numbers') ?? [];
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.length).toBeLessThanOrEqual(MAX_CHARTS);
  });
});

describe('every group says its form and why', () => {
  test('A chart without form is reported at its id, with the forms to choose from.', () => {
    const { root, file } = withStats([`${HONOURS}\n    form: bars\n`, `${HONOURS}\n`]);
    const [p] = problemsOf(root);
    expect(p?.line).toBe(lineWith(file, '- id: honours'));
    expect(p?.message).toBe('chart "honours" does not say its form');
    expect(p?.fix).toMatch(/change, bars, units or range .* numbers/);
  });

  test('A chart without why is reported at its form.', () => {
    const { root, file } = withStats([
      / {4}why: two counts of the same honours[^\n]*\n/.exec(
        fs.readFileSync(path.join(REAL_CONTENT, 'reviews/2024/stats.yml'), 'utf8'),
      )?.[0] ?? 'missing',
      '',
    ]);
    const [p] = problemsOf(root);
    expect(p?.line).toBe(lineWith(file, 'form: bars'));
    expect(p?.message).toBe('chart "honours" does not say why it has form bars');
  });

  test('A drawn chart without takeaway is reported.', () => {
    const { root } = withStats([
      '    takeaway:\n      zh-hans: 全市政法系统的集体和个人获省级以上表彰或表扬。\n      en: Collectives and individuals in the city’s political-legal system received commendations or praise at provincial level or above.\n',
      '',
    ]);
    expect(problemsOf(root)[0]?.message).toBe('chart "honours" is drawn but has no takeaway');
  });
});

describe('a chart compares at least two figures of one unit and meaning', () => {
  test('A chart of a single figure is reported at its stats, with the fix to list it.', () => {
    const { root, file } = withStats(
      [HONOURS, 'stats: [honoured-collectives]'],
      [
        LEDE_NUMBERS,
        'stats: [grid-stations, crime-cases, clearance-rate, legal-service-centres, honoured-individuals]',
      ],
    );
    const [p] = problemsOf(root);
    expect(p?.line).toBe(lineWith(file, 'stats: [honoured-collectives]'));
    expect(p?.message).toBe(
      'chart "honours" draws a single figure (honoured-collectives): a drawing of one number compares nothing',
    );
    expect(p?.fix).toMatch(/form: numbers/);
  });

  test('Figures of different units on one axis (count and yuan) are reported.', () => {
    const { root, file } = withStats(
      [
        MEDIATION,
        'stats: [sector-mediation-organisations, enterprise-mediation-organisations, fraud-amount]',
      ],
      ['      - fraud-amount\n', ''],
    );
    // The text states the sum apart from the organisations, and squares cannot draw yuan: both reported too.
    const problems = problemsOf(root, 3);
    const p = problems.find((x) => x.message.includes('different units'));
    expect(p?.line).toBe(lineWith(file, 'fraud-amount]'));
    expect(p?.message).toBe(
      'chart "mediation-organisations" puts figures of different units on one axis: count, yuan',
    );
  });

  test('Percent beside percentage points is reported.', () => {
    expect(changeChartProblems({}, 'percentage-point').map((p) => p.message)).toEqual([
      'chart "falls" puts percent beside percentage points on one axis',
    ]);
  });

  test('A change of a rate beside changes of counts is reported: never a rate beside a count.', () => {
    const problems = changeChartProblems({ stats: ['crime-cases', 'clearance-rate', 'street-incidents'] });
    expect(problems.map((p) => p.message)).toContain(
      'chart "falls" puts a change of a rate (clearance-rate) beside a change of a count',
    );
  });

  test('A change of a rate in %, its unit left open by the text, is never drawn: it is listed "as reported".', () => {
    expect(changeChartProblems({ stats: ['clearance-rate'] }).map((p) => p.message)).toContain(
      'chart "falls" draws clearance-rate, a change of a rate in %, which the text leaves open between percent and percentage points',
    );
  });
});

describe('approximate figures and unit squares', () => {
  test('An approximate figure (1300余) drawn as squares is reported at its id in the chart.', () => {
    const { root, file } = withStats(
      [
        MEDIATION,
        'stats: [sector-mediation-organisations, enterprise-mediation-organisations, blue-vest-guards]',
      ],
      ['      - blue-vest-guards\n', ''],
    );
    const [p] = problemsOf(root);
    expect(p?.line).toBe(lineWith(file, 'blue-vest-guards]'));
    expect(p?.message).toBe(
      'chart "mediation-organisations" draws "blue-vest-guards", which the text gives as approximate (more-than), as an exact mark',
    );
    expect(p?.fix).toMatch(/1,000\+ \/ 1000余/);
  });

  test('A count too large for one square per thing (350) is reported.', () => {
    const { root } = withStats(
      [
        MEDIATION,
        'stats: [sector-mediation-organisations, enterprise-mediation-organisations, blue-vest-units]',
      ],
      ['      - blue-vest-units\n', ''],
    );
    expect(problemsOf(root)[0]?.message).toBe(
      'chart "mediation-organisations" draws "blue-vest-units" (350 count) as squares, but one square is one counted thing, up to 200',
    );
  });
});

describe('colour and wholes come from the text', () => {
  test('Colour by direction without the text saying which way is better is reported at colour.', () => {
    const [p, ...more] = changeChartProblems({ colour: 'direction' });
    expect(more).toEqual([]);
    expect(p?.line).toBe(903);
    expect(p?.message).toBe(
      'chart "falls" colours by direction (good or bad news), but cites no words of the text saying which way is better',
    );
  });

  test('Colour by direction citing words that are not in the text is reported at better; words that are pass.', () => {
    const bad = changeChartProblems({ colour: 'direction', better: '越少越好' });
    expect(bad).toHaveLength(1);
    expect(bad[0]?.line).toBe(903);
    expect(changeChartProblems({ colour: 'direction', better: '平安建设主项指标全省领先' })).toEqual([]);
  });

  test('A whole that is not one of the chart’s figures (a denominator the text does not give) is reported.', () => {
    const { root, file } = withStats([`${HONOURS}\n`, `${HONOURS}\n    whole: grid-stations\n`]);
    const [p] = problemsOf(root);
    expect(p?.line).toBe(lineWith(file, 'whole: grid-stations'));
    expect(p?.message).toBe(
      'chart "honours" names the whole "grid-stations", which is not one of its figures',
    );
  });

  test('A whole smaller than its parts is reported.', () => {
    const { root } = withStats([
      `${MEDIATION}\n`,
      `${MEDIATION}\n    whole: sector-mediation-organisations\n`,
    ]);
    expect(problemsOf(root)[0]?.message).toBe(
      'chart "mediation-organisations" gives parts (62 count) that do not fit in its whole "sector-mediation-organisations" (26 count)',
    );
  });
});

describe('the number of charts', () => {
  test(`More than ${MAX_CHARTS} drawn charts are reported at the first one too many.`, () => {
    const stat = (id: string) => ({
      id,
      section: 'lede',
      value: 1,
      unit: 'count' as const,
      kind: 'level' as const,
      quote: id,
      label: { 'zh-hans': id, 'zh-hant': id, en: id },
    });
    const stats: StatsFile = {
      stats: Array.from({ length: 2 * (MAX_CHARTS + 1) }, (_, i) => stat(`s${i}`)),
      charts: Array.from({ length: MAX_CHARTS + 1 }, (_, i) => ({
        id: `c${i}`,
        stats: [`s${2 * i}`, `s${2 * i + 1}`],
        form: 'bars' as const,
        why: 'two counts of one thing',
        title: { 'zh-hans': '标题', 'zh-hant': '標題', en: 'Title' },
        takeaway: { 'zh-hans': '要点。', 'zh-hant': '要點。', en: 'Point.' },
      })),
      not_charted: [],
      compare: [],
    };
    const problems = checkChartForms(stats, {
      file: 'stats.yml',
      lineOf: (key) => (key[0] === 'charts' ? 100 + Number(key[1]) : undefined),
      textOf: () => '',
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(100 + MAX_CHARTS);
    expect(problems[0]?.message).toBe(
      `the review draws ${MAX_CHARTS + 1} charts; at most ${MAX_CHARTS} keep the comparisons that matter`,
    );
  });
});
