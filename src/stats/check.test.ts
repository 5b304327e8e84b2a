import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { checkContent } from '../reviews/load.ts';
import { splitParagraphs } from '../reviews/paragraphs.ts';
import { formatProblems, type Problem } from '../content-check/problems.ts';
import { englishFigures, occurrences, quoteFigures } from './check.ts';

/** The real content folder, found from this file so the tests do not depend on CONTENT_DIR. */
const REAL_CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

/**
 * Where each chart goes: section → [chart id, after paragraph N (1-based)], in page order. The
 * MDX of both editions gets `<Chart id="…" />` at these places (the content check then proves
 * the two editions agree).
 */
const PLACEMENTS: Record<string, [string, number][]> = {
  lede: [
    ['crime-falls', 3],
    ['honours', 4],
    ['lede-numbers', 4],
  ],
  'political-leadership': [
    ['sentence-range', 3],
    ['mediation-organisations', 5],
    ['political-leadership-numbers', 5],
  ],
  'service-to-development': [['service-to-development-numbers', 5]],
  'team-building': [['team-building-numbers', 3]],
};
const EDITIONS = ['zh-hans', 'en'] as const;

const tempRoots: string[] = [];
afterEach(() => {
  for (const dir of tempRoots.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of the real content folder that a test may change freely. */
/**
 * A copy of the real content with its `<Chart id>` lines taken out, so each test places (or
 * leaves out) charts itself from PLACEMENTS. A test below proves PLACEMENTS is where the real
 * MDX places them.
 */
function copyContent(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-stats-'));
  tempRoots.push(root);
  fs.cpSync(REAL_CONTENT, root, { recursive: true });
  for (const edition of EDITIONS) {
    const dir = path.join(root, 'reviews', '2024', edition);
    for (const f of fs.readdirSync(dir)) {
      const file = path.join(dir, f);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\n<Chart id="[^"]+" \/>\n/g, ''));
    }
  }
  return root;
}

const yearFile = (root: string, ...parts: string[]) => path.join(root, 'reviews', '2024', ...parts);
const statsYml = (root: string) => yearFile(root, 'stats.yml');

function replaceIn(file: string, from: string, to: string): void {
  const text = fs.readFileSync(file, 'utf8');
  expect(text, `${file} should contain ${from}`).toContain(from);
  fs.writeFileSync(file, text.replace(from, to));
}

/** The 1-based line of the nth line of `file` that contains `needle`. */
function lineWith(file: string, needle: string, nth = 1): number {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  let seen = 0;
  const i = lines.findIndex((l) => l.includes(needle) && ++seen === nth);
  expect(i, `${file} should contain ${needle} (${nth})`).toBeGreaterThanOrEqual(0);
  return i + 1;
}

/** Inserts `<Chart id="…" />` blocks into one MDX file after the given paragraphs. */
function placeCharts(file: string, charts: [string, number][]): void {
  const source = fs.readFileSync(file, 'utf8');
  const fm = /^---\n[\s\S]*?\n---\n/.exec(source);
  expect(fm).not.toBeNull();
  const bodyStart = (fm?.[0].match(/\n/g)?.length ?? 0) + 1;
  const paragraphs = splitParagraphs(source.slice(fm?.[0].length ?? 0), bodyStart);
  const lines = source.split('\n');
  // From the bottom up, so earlier line numbers stay right.
  const byParagraph = [...new Set(charts.map(([, after]) => after))].sort((a, b) => b - a);
  for (const after of byParagraph) {
    const p = paragraphs[after - 1];
    expect(p, `${file} should have paragraph ${after}`).toBeDefined();
    const lastLine = (p?.line ?? 0) + (p?.text.split('\n').length ?? 1) - 1;
    const blocks = charts.filter(([, a]) => a === after).flatMap(([id]) => ['', `<Chart id="${id}" />`]);
    lines.splice(lastLine, 0, ...blocks);
  }
  fs.writeFileSync(file, lines.join('\n'));
}

/** A copy of the content with every chart placed in both editions (except `leaveOut`). */
function placedContent(leaveOut: string[] = []): string {
  const root = copyContent();
  for (const [section, charts] of Object.entries(PLACEMENTS)) {
    for (const edition of EDITIONS) {
      placeCharts(
        yearFile(root, edition, `${section}.mdx`),
        charts.filter(([id]) => !leaveOut.includes(id)),
      );
    }
  }
  return root;
}

/** Removes a chart's record (from its `- id:` line to the next record) from stats.yml. */
function removeChart(root: string, id: string): void {
  const file = statsYml(root);
  const text = fs.readFileSync(file, 'utf8');
  const start = text.indexOf(`  - id: ${id}\n    stats:`);
  expect(start, `stats.yml should have chart ${id}`).toBeGreaterThan(0);
  const next = text.indexOf('\n  - id: ', start + 1);
  fs.writeFileSync(file, text.slice(0, start) + text.slice(next + 1));
}

/** Every problem, as [file relative to the year folder, line, message], sorted. */
const brief = (problems: Problem[]) =>
  problems
    .map((p) => [p.file.replace(/^.*reviews\/2024\//, ''), p.line, p.message] as const)
    .sort((a, b) => a[0].localeCompare(b[0]) || (a[1] ?? 0) - (b[1] ?? 0));

/** The only problem; fails listing every problem when there is not exactly one. */
function onlyProblem(problems: Problem[]): Problem {
  expect(problems, `expected exactly one problem, got:\n${formatProblems(problems)}`).toHaveLength(1);
  return problems[0] as Problem;
}

function find(problems: Problem[], message: string | RegExp): Problem {
  const found = problems.find((p) =>
    typeof message === 'string' ? p.message === message : message.test(p.message),
  );
  expect(found, `expected a problem ${message}, got:\n${formatProblems(problems)}`).toBeDefined();
  return found as Problem;
}

describe('the real stats.yml', () => {
  test('With the charts placed where the placement list says, the real content has no problems and the review carries its 33 stats, 8 charts and numbers blocks, and 33 numbers not charted.', () => {
    const { reviews, problems } = checkContent(placedContent());
    expect(problems, formatProblems(problems)).toEqual([]);
    const stats = reviews[0]?.stats;
    expect(stats?.stats).toHaveLength(33);
    expect(stats?.charts).toHaveLength(8);
    expect(stats?.not_charted).toHaveLength(33);
    expect(stats?.charts.map((c) => c.id).sort()).toEqual(
      Object.values(PLACEMENTS)
        .flat()
        .map(([id]) => id)
        .sort(),
    );
    expect(stats?.stats.filter((s) => s.headline).map((s) => s.id)).toEqual([
      'grid-stations',
      'crime-cases',
      'clearance-rate',
      'officers-rotated',
      'service-satisfaction',
    ]);
    expect(stats?.stats.find((s) => s.id === 'fraud-amount')).toMatchObject({
      value: 12_600_000,
      unit: 'yuan',
    });
    expect(stats?.stats.find((s) => s.id === 'fraud-sentences')).toMatchObject({
      kind: 'range',
      value: 114,
      low: 5,
      unit: 'months',
    });
  });

  test('Without any chart in the MDX, the only problems are the missing placements, one per chart and edition, each fix naming the paragraph to place it after.', () => {
    const { problems } = checkContent(copyContent());
    const expected = Object.entries(PLACEMENTS).flatMap(([section, charts]) =>
      charts.flatMap(([id, after]) =>
        EDITIONS.map((edition) => ({
          file: `${edition}/${section}.mdx`,
          message: `chart "${id}" is not placed in the ${edition} edition`,
          fix: `after paragraph ${after} (the last paragraph that states its figures).`,
        })),
      ),
    );
    expect(problems, formatProblems(problems)).toHaveLength(expected.length);
    for (const want of expected) {
      const p = find(problems, want.message);
      expect(p.file.endsWith(`reviews/2024/${want.file}`), `${p.file} for ${want.message}`).toBe(true);
      expect(p.line).toBeUndefined();
      expect(p.fix).toContain(`<Chart id="${want.message.split('"')[1]}" />`);
      expect(p.fix.endsWith(want.fix), p.fix).toBe(true);
    }
  });

  test('A year without stats.yml runs no stats check at all and carries no stats.', () => {
    const root = copyContent();
    fs.rmSync(statsYml(root));
    const { reviews, problems } = checkContent(root);
    expect(problems, formatProblems(problems)).toEqual([]);
    expect(reviews[0]).toBeDefined();
    expect(reviews[0]?.stats).toBeUndefined();
  });
});

describe('stats records against the Chinese text', () => {
  test('A quote that is not in its section is reported at the quote line, and the number it no longer covers is reported in the text.', () => {
    const root = placedContent();
    replaceIn(statsYml(root), 'quote: 全市刑事案件发案数下降20.7%', 'quote: 全市刑事案件下降20.7%');
    const { problems } = checkContent(root);
    expect(brief(problems)).toEqual([
      [
        'stats.yml',
        lineWith(statsYml(root), 'quote: 全市刑事案件下降20.7%'),
        'the quote of stat "crime-cases" does not occur in ' +
          `${problems[0]?.file.replace(/stats\.yml$/, '')}zh-hans/lede.mdx: “全市刑事案件下降20.7%”`,
      ],
      [
        'zh-hans/lede.mdx',
        lineWith(yearFile(root, 'zh-hans', 'lede.mdx'), '2024年，全市刑事案件'),
        `the number 20.7 in “…事案件发案数下降20.7%，破案率上升9.2%…” is neither a record in ${problems[0]?.file} nor listed under not_charted`,
      ],
    ]);
    expect(find(problems, /does not occur/).fix).toMatch(
      /^copy the words exactly from \S*zh-hans\/lede\.mdx/,
    );
  });

  test('A quote found in another section says which section in its fix.', () => {
    const root = placedContent();
    const file = statsYml(root);
    replaceIn(file, 'quote: 破案率上升9.2%', 'quote: 破案率达100%');
    const p = find(checkContent(root).problems, /^the quote of stat "clearance-rate" does not occur in /);
    expect(p.line).toBe(lineWith(file, 'quote: 破案率达100%'));
    expect(p.fix).toBe(
      'it occurs in section political-leadership: correct "section", or quote this section\'s words.',
    );
  });

  test('A quote that occurs several times in its section is reported as pointing at no one place.', () => {
    const root = placedContent();
    replaceIn(statsYml(root), 'quote: 企业人民调解组织62家', "quote: '62'");
    const p = onlyProblem(checkContent(root).problems);
    expect(p.file).toMatch(/reviews\/2024\/stats\.yml$/);
    expect(p.line).toBe(lineWith(statsYml(root), "quote: '62'"));
    expect(p.message).toMatch(
      /^the quote of stat "enterprise-mediation-organisations" occurs 3 times in \S*zh-hans\/political-leadership\.mdx: “62”$/,
    );
    expect(p.fix).toContain('lengthen the quote');
  });

  test('A value that disagrees with the number of its quote is reported at the quote, and the English is reported as not stating it.', () => {
    const root = placedContent();
    replaceIn(statsYml(root), 'value: 46\n', 'value: 47\n');
    const { problems } = checkContent(root);
    const quoteLine = lineWith(statsYml(root), 'quote: 破获电诈案件46起');
    const recordLine = lineWith(statsYml(root), '- id: fraud-cases');
    expect(brief(problems)).toEqual([
      [
        'en/political-leadership.mdx',
        lineWith(yearFile(root, 'en', 'political-leadership.mdx'), '“Happiness for the people'),
        `the English does not state 47 of stat "fraud-cases" (${problems.find((p) => p.file.endsWith('stats.yml'))?.file}:${recordLine}), which the Chinese gives as “破获电诈案件46起”`,
      ],
      ['stats.yml', quoteLine, 'the quote of stat "fraud-cases" states 46, but its value is 47'],
    ]);
  });

  test('A 万 figure is read at its true magnitude: 1260万 agrees with 12600000 and not with 1260.', () => {
    const root = placedContent();
    replaceIn(statsYml(root), 'value: 12600000', 'value: 1260');
    const p = find(checkContent(root).problems, /^the quote of stat "fraud-amount"/);
    expect(p.message).toBe('the quote of stat "fraud-amount" states 12600000, but its value is 1260');
    expect(p.line).toBe(lineWith(statsYml(root), 'quote: 涉案金额1260万元'));
  });

  test('A range whose lower end is not in its quote is reported with both ends of the range.', () => {
    const root = placedContent();
    replaceIn(statsYml(root), '    low: 5\n', '    low: 6\n');
    const { problems } = checkContent(root);
    const p = find(problems, /^the quote of stat "fraud-sentences"/);
    expect(p.message).toBe(
      'the quote of stat "fraud-sentences" states 114, 5, but the range is 6 to 114 months',
    );
    expect(p.line).toBe(lineWith(statsYml(root), 'quote: 有期徒刑9年6个月至拘役5个月'));
    expect(p.fix).toContain('9年6个月 = 114 months');
    expect(
      find(problems, /^the English does not state 6 months of the range 6–114 of stat "fraud-sentences"/)
        .line,
    ).toBe(lineWith(yearFile(root, 'en', 'political-leadership.mdx'), 'On 6 January this year'));
  });

  test('A quote saying 余 without qualifier: more-than on the record is reported with the qualifier to add.', () => {
    const root = placedContent();
    const file = statsYml(root);
    const recordLine = lineWith(file, '- id: fraud-returnees');
    replaceIn(
      file,
      '    qualifier: more-than\n    quote: 抓获境外回流人员1000余名',
      '    quote: 抓获境外回流人员1000余名',
    );
    const p = onlyProblem(checkContent(root).problems);
    expect(p.line).toBe(recordLine);
    expect(p.message).toBe(
      'the quote of stat "fraud-returnees" says “more than” (“抓获境外回流人员1000余名”), but the record has no qualifier',
    );
    expect(p.fix).toBe('add "qualifier: more-than".');
  });

  test('A unit that disagrees with the quote (count for a figure written with %) is reported at the unit.', () => {
    const root = placedContent();
    const file = statsYml(root);
    replaceIn(file, '    value: 99.7\n    unit: percent\n', '    value: 99.7\n    unit: count\n');
    const p = onlyProblem(checkContent(root).problems);
    expect(p.line).toBe(lineWith(file, 'value: 99.7') + 1);
    expect(p.message).toBe(
      'stat "service-satisfaction" has unit count, but its quote writes a percentage (“服务满意度达99.7%”)',
    );
    expect(p.fix).toBe('set "unit: percent" (or percentage-point).');
  });

  test('A change whose direction contradicts its quote (下降 with direction: up) is reported at the direction, and the takeaway that says it fell no longer adds up.', () => {
    const root = placedContent();
    const file = statsYml(root);
    replaceIn(
      file,
      'direction: down\n    quote: 全市刑事案件发案数下降20.7%',
      'direction: up\n    quote: 全市刑事案件发案数下降20.7%',
    );
    const { problems } = checkContent(root);
    expect(problems, formatProblems(problems)).toHaveLength(2);
    const p = find(problems, /^stat "crime-cases" says direction: up/);
    expect(p.line).toBe(lineWith(file, 'direction: up', 2));
    expect(p.message).toBe(
      'stat "crime-cases" says direction: up, but its quote says the figure went down (“全市刑事案件发案数下降20.7%”)',
    );
    const compare = find(problems, /^compare says down for crime-cases, street-incidents on chart "crime-falls"/);
    expect(compare.line).toBe(lineWith(file, 'relation: down'));
  });
});

describe('coverage of every number in the Chinese text', () => {
  test('A number that is neither a record nor listed as not charted is reported with its file, line and context.', () => {
    const root = placedContent();
    replaceIn(
      statsYml(root),
      '  - section: political-leadership\n    quote: 去年5月\n    reason: date (May 2024), when the education month began\n',
      '',
    );
    const p = onlyProblem(checkContent(root).problems);
    expect(p.file).toMatch(/reviews\/2024\/zh-hans\/political-leadership\.mdx$/);
    expect(p.line).toBe(7);
    expect(p.message).toMatch(
      /^the number 5 in “…去年5月，全市政法系统…” is neither a record in \S*stats\.yml nor listed under not_charted$/,
    );
    expect(p.fix).toMatch(
      /^add a record to stats\.yml or list it under not_charted \(section: political-leadership,/,
    );
  });

  test('A number on the second line of a paragraph is reported on that line, not on the paragraph’s first.', () => {
    const root = placedContent();
    const mdx = yearFile(root, 'zh-hans', 'team-building.mdx');
    replaceIn(mdx, '实践锻炼；持续深化', '实践锻炼；\n持续深化');
    replaceIn(
      statsYml(root),
      '  - section: team-building\n    quote: 5年内完成对市县两级政法单位政治督察全覆盖\n',
      '  - section: team-building\n    quote: 5年内完成了\n',
    );
    const { problems } = checkContent(root);
    const p = find(problems, /^the number 5 in /);
    expect(p.file).toMatch(/zh-hans\/team-building\.mdx$/);
    expect(p.line).toBe(lineWith(mdx, '持续深化政法队伍纪律'));
    expect(p.line).toBe(lineWith(mdx, '推动1204名') + 1);
    expect(find(problems, /^the not_charted quote does not occur in /).line).toBe(
      lineWith(statsYml(root), 'quote: 5年内完成了'),
    );
    // The quote also covered 两级, a figure in Chinese numerals, now reported on the same line.
    expect(find(problems, /^the Chinese-numeral figure 两级 in /).line).toBe(lineWith(mdx, '持续深化政法队伍纪律'));
    expect(problems, formatProblems(problems)).toHaveLength(3);
  });

  test('A not_charted quote without a number and not in its section is reported, and so are the numbers it no longer covers.', () => {
    const root = placedContent();
    replaceIn(statsYml(root), 'quote: 去年7月1日', 'quote: 去年夏天');
    const { problems } = checkContent(root);
    const line = lineWith(statsYml(root), 'quote: 去年夏天');
    expect(brief(problems)).toEqual(
      [
        ['stats.yml', line, 'the not_charted quote “去年夏天” holds no number'],
        [
          'stats.yml',
          line,
          `the not_charted quote does not occur in ${problems.find((p) => p.file.includes('zh-hans'))?.file}: “去年夏天”`,
        ],
        [
          'zh-hans/team-building.mdx',
          7,
          `the number 7 in “…去年7月1日，全市政法…” is neither a record in ${problems[0]?.file} nor listed under not_charted`,
        ],
        [
          'zh-hans/team-building.mdx',
          7,
          `the number 1 in “…去年7月1日，全市政法系统…” is neither a record in ${problems[0]?.file} nor listed under not_charted`,
        ],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0])) || Number(a[1]) - Number(b[1])),
    );
  });
});

describe('stats records against the English text', () => {
  test('An English figure that differs from the Chinese is reported once, by the paragraph comparison, not again for its record.', () => {
    const root = placedContent();
    const en = yearFile(root, 'en', 'political-leadership.mdx');
    replaceIn(en, '12.6 million yuan', '12.5 million yuan');
    const p = onlyProblem(checkContent(root).problems);
    expect(p.file).toMatch(/reviews\/2024\/en\/political-leadership\.mdx$/);
    expect(p.line).toBe(lineWith(en, '“Happiness for the people'));
    expect(p.message).toMatch(/^the English does not state 1260万 from the Chinese /);
  });

  test('An English range with its ends swapped (6 years and 9 months) is reported for its record, though every digit of the Chinese is there.', () => {
    const root = placedContent();
    const en = yearFile(root, 'en', 'political-leadership.mdx');
    replaceIn(en, '9 years and 6 months', '6 years and 9 months');
    const p = onlyProblem(checkContent(root).problems);
    expect(p.file).toMatch(/reviews\/2024\/en\/political-leadership\.mdx$/);
    expect(p.line).toBe(lineWith(en, 'On 6 January this year'));
    const recordLine = lineWith(statsYml(root), '- id: fraud-sentences');
    expect(p.message).toMatch(
      new RegExp(
        `^the English does not state 114 months of the range 5–114 of stat "fraud-sentences" \\(\\S*stats\\.yml:${recordLine}\\), which the Chinese gives as “有期徒刑9年6个月至拘役5个月”$`,
      ),
    );
    expect(p.fix).toContain('9年6个月 → 9 years and 6 months');
  });

  test('An English paragraph left out is reported as a paragraph count, and the figures it held are looked for in the whole English section.', () => {
    const root = placedContent();
    const en = yearFile(root, 'en', 'team-building.mdx');
    const text = fs.readFileSync(en, 'utf8');
    const start = text.indexOf('Over the past year, the city’s political-legal officers kept');
    fs.writeFileSync(en, text.slice(0, start) + text.slice(text.indexOf('\n', start) + 1));
    const { problems } = checkContent(root);
    expect(find(problems, /^2 paragraphs, but the Chinese /).file).toMatch(/en\/team-building\.mdx$/);
    const missing = problems.filter((p) => p.message.startsWith('the English does not state'));
    expect(missing.map((p) => p.message.split(' of ')[0])).toEqual([
      'the English does not state 9',
      'the English does not state 90',
      'the English does not state 90',
      'the English does not state 90',
      'the English does not state 99.7',
    ]);
    for (const p of missing) expect(p.line).toBeUndefined();
  });

  test('An English figure without the “more than” of 1000余 is reported, though the number itself is there.', () => {
    const root = placedContent();
    replaceIn(
      yearFile(root, 'en', 'political-leadership.mdx'),
      'apprehended more than 1,000 people',
      'apprehending 1,000 people',
    );
    const p = onlyProblem(checkContent(root).problems);
    expect(p.file).toMatch(/en\/political-leadership\.mdx$/);
    const paragraph = lineWith(yearFile(root, 'en', 'political-leadership.mdx'), '“Happiness for the people');
    expect(p.line).toBe(paragraph);
    expect(p.message).toMatch(
      /^the English gives 1000 of stat "fraud-returnees" \(\S*stats\.yml:\d+\) without “more than”, but the Chinese says “抓获境外回流人员1000余名”$/,
    );
    expect(p.fix).toMatch(
      new RegExp(`^write “more than 1,000” in \\S*en/political-leadership\\.mdx:${paragraph},`),
    );
  });
});

describe('the schema of stats.yml', () => {
  test('A change without a direction is reported at its record, with the fix to add one.', () => {
    const root = placedContent();
    const file = statsYml(root);
    const recordLine = lineWith(file, '- id: crime-cases');
    replaceIn(file, '    direction: down\n    quote: 全市刑事案件', '    quote: 全市刑事案件');
    const { reviews, problems } = checkContent(root);
    const p = onlyProblem(problems);
    expect(p.line).toBe(recordLine);
    expect(p.message).toBe(
      'stats.yml: "stats.1.direction" is invalid: "crime-cases" is a change but does not say which way',
    );
    expect(p.fix).toBe(
      'add "direction: up" or "direction: down" (value is the size of the change, positive).',
    );
    expect(reviews[0]?.stats).toBeUndefined();
  });

  test('A range without its lower end is reported at its record.', () => {
    const root = placedContent();
    const file = statsYml(root);
    const recordLine = lineWith(file, '- id: fraud-sentences');
    replaceIn(file, '    low: 5\n', '');
    const p = onlyProblem(checkContent(root).problems);
    expect(p.line).toBe(recordLine);
    expect(p.message).toBe(
      'stats.yml: "stats.7.low" is invalid: "fraud-sentences" is a range but has no lower end',
    );
  });

  test('A range whose lower end is above its upper end is reported at the lower end.', () => {
    const root = placedContent();
    const file = statsYml(root);
    replaceIn(file, '    low: 5\n', '    low: 200\n');
    const p = onlyProblem(checkContent(root).problems);
    expect(p.line).toBe(lineWith(file, 'low: 200'));
    expect(p.message).toBe(
      'stats.yml: "stats.7.low" is invalid: "fraud-sentences" has a lower end 200 above its upper end 114',
    );
    expect(p.fix).toContain('swap them');
  });

  test('An unknown field in a stat is reported by name at its line.', () => {
    const root = placedContent();
    const file = statsYml(root);
    replaceIn(
      file,
      '    quote: 100家“家门口式”网格服务驿站建成\n',
      '    quote: 100家“家门口式”网格服务驿站建成\n    source: 南通日报\n',
    );
    const p = onlyProblem(checkContent(root).problems);
    expect(p.line).toBe(lineWith(file, 'source: 南通日报'));
    expect(p.message).toBe('stats.yml: "stats.0" has unknown field "source"');
  });

  test('A stat record without its value is reported as missing the value.', () => {
    const root = placedContent();
    const file = statsYml(root);
    const recordLine = lineWith(file, '- id: reform-tasks');
    replaceIn(file, '    value: 31\n', '');
    const p = onlyProblem(checkContent(root).problems);
    expect(p.message).toBe('stats.yml: "stats.17.value" is missing');
    expect(p.line).toBe(recordLine);
  });
});

describe('ids and charts', () => {
  test('A stat id used twice is reported at the second, naming the first.', () => {
    const root = placedContent();
    const file = statsYml(root);
    const record = '  - id: fraud-cases\n    section: political-leadership\n    value: 46\n';
    const firstLine = lineWith(file, '- id: fraud-cases');
    replaceIn(
      file,
      record,
      `${record}    unit: count\n    kind: level\n    quote: 破获电诈案件46起\n    label:\n      zh-hans: 电诈案件\n      en: Fraud cases\n\n${record}`,
    );
    const { problems } = checkContent(root);
    const p = onlyProblem(problems);
    expect(p.line).toBe(lineWith(file, '- id: fraud-cases', 2));
    expect(p.message).toBe(
      `the id "fraud-cases" is used again (first by the stat at ${p.file}:${firstLine})`,
    );
  });

  test('A chart id equal to a stat id is reported as a duplicate: both are anchors on one page.', () => {
    const root = placedContent();
    const file = statsYml(root);
    replaceIn(file, '  - id: honours\n', '  - id: grid-stations\n');
    for (const edition of EDITIONS)
      replaceIn(yearFile(root, edition, 'lede.mdx'), '<Chart id="honours" />', '<Chart id="grid-stations" />');
    const p = onlyProblem(checkContent(root).problems);
    expect(p.line).toBe(lineWith(file, '- id: grid-stations', 2));
    expect(p.message).toMatch(
      /^the id "grid-stations" is used again \(first by the stat at \S*stats\.yml:\d+\)$/,
    );
  });

  test('A chart naming an unknown stat id is reported at that id with the closest stat ids, and the stat it left out as in no chart.', () => {
    const root = placedContent();
    const file = statsYml(root);
    replaceIn(file, 'stats: [crime-cases, street-incidents]', 'stats: [crime-cases, street-incidnets]');
    const { problems } = checkContent(root);
    // The compare entry on that chart names street-incidents, no longer one of its figures.
    expect(problems, formatProblems(problems)).toHaveLength(3);
    expect(find(problems, 'compare names "street-incidents", which is not a figure of chart "crime-falls"').line).toBe(
      lineWith(file, 'relation: down, stats: [crime-cases, street-incidents]'),
    );
    const unknown = find(
      problems,
      'chart "crime-falls" names stat "street-incidnets", which stats.yml does not define',
    );
    expect(unknown.line).toBe(lineWith(file, 'stats: [crime-cases, street-incidnets]'));
    expect(unknown.fix).toMatch(/^use one of: street-incidents, /);
    const orphan = find(problems, 'stat "street-incidents" is in no chart');
    expect(orphan.line).toBe(lineWith(file, '- id: street-incidents'));
  });

  test('A stat drawn by two charts is reported at the second chart.', () => {
    const root = placedContent();
    const file = statsYml(root);
    replaceIn(file, 'stats: [honoured-collectives, honoured-individuals]', 'stats: [honoured-collectives, honoured-individuals, legal-service-centres]');
    const p = onlyProblem(checkContent(root).problems);
    expect(p.line).toBe(lineWith(file, 'stats: [grid-stations, clearance-rate, legal-service-centres]'));
    expect(p.message).toBe(
      'stat "legal-service-centres" is drawn by chart "honours" and again by chart "lede-numbers"',
    );
  });

  test('A stat in no chart is reported at the stat.', () => {
    const root = placedContent(['sentence-range']);
    removeChart(root, 'sentence-range');
    const p = onlyProblem(checkContent(root).problems);
    expect(p.line).toBe(lineWith(statsYml(root), '- id: fraud-sentences'));
    expect(p.message).toBe('stat "fraud-sentences" is in no chart');
  });

  test('A chart gathering figures from two sections is placed in the section of its first figure.', () => {
    // crime-falls draws the lede's crime figure and political-leadership's street incidents.
    const root = placedContent(['crime-falls']);
    for (const edition of EDITIONS) placeCharts(yearFile(root, edition, 'political-leadership.mdx'), [['crime-falls', 4]]);
    const problems = checkContent(root).problems;
    expect(problems.map((p) => p.message)).toContain(
      'chart "crime-falls" draws figures of section lede but is placed in section political-leadership',
    );
  });

  test('A chart form that does not draw its kind of figure is reported with the forms that do.', () => {
    const root = placedContent();
    const file = statsYml(root);
    replaceIn(
      file,
      'stats: [honoured-collectives, honoured-individuals]\n    form: bars',
      'stats: [honoured-collectives, honoured-individuals]\n    form: change',
    );
    const p = onlyProblem(checkContent(root).problems);
    expect(p.line).toBe(lineWith(file, 'form: change', 2));
    expect(p.message).toBe('chart "honours" has form change, which does not draw level figures');
    expect(p.fix).toBe('use form bars or units, or numbers (a "by the numbers" block, no drawing).');
  });

  test('A digit in a takeaway is reported at that takeaway, and a digit in a label at that label.', () => {
    const root = placedContent();
    const file = statsYml(root);
    replaceIn(
      file,
      'en: Criminal cases and street incidents in the “six categories” fell.',
      'en: Criminal cases fell by 20.7%.',
    );
    replaceIn(file, 'en: Telecom fraud cases solved', 'en: 46 telecom fraud cases solved');
    const { problems } = checkContent(root);
    expect(brief(problems)).toEqual([
      [
        'stats.yml',
        lineWith(file, 'en: 46 telecom fraud cases solved'),
        'the en label of stat "fraud-cases" has a digit: “46 telecom fraud cases solved”',
      ],
      [
        'stats.yml',
        lineWith(file, 'en: Criminal cases fell by 20.7%'),
        'the en takeaway of chart "crime-falls" has a digit: “Criminal cases fell by 20.7%.”',
      ],
    ]);
  });
});

describe('chart placement in the MDX', () => {
  test('A chart id in the MDX that names no chart is reported at its line with the closest chart ids, and the chart it meant as not placed.', () => {
    const root = placedContent();
    const mdx = yearFile(root, 'zh-hans', 'lede.mdx');
    replaceIn(mdx, '<Chart id="crime-falls" />', '<Chart id="crime-fells" />');
    const { problems } = checkContent(root);
    expect(problems, formatProblems(problems)).toHaveLength(2);
    const unknown = find(problems, /^<Chart id="crime-fells" \/> names no chart in \S*stats\.yml$/);
    expect(unknown.file).toMatch(/zh-hans\/lede\.mdx$/);
    expect(unknown.line).toBe(lineWith(mdx, 'crime-fells'));
    expect(unknown.fix).toMatch(/^use one of: crime-falls, /);
    const missing = find(problems, 'chart "crime-falls" is not placed in the zh-hans edition');
    expect(missing.fix).toMatch(/zh-hans\/lede\.mdx after paragraph 3, where \S*en\/lede\.mdx places it\.$/);
  });

  test('A chart placed twice in one edition is reported at the second place, naming the first.', () => {
    const root = placedContent();
    const mdx = yearFile(root, 'zh-hans', 'lede.mdx');
    fs.appendFileSync(mdx, '\n<Chart id="honours" />\n');
    const p = onlyProblem(checkContent(root).problems);
    expect(p.file).toMatch(/zh-hans\/lede\.mdx$/);
    expect(p.line).toBe(lineWith(mdx, '<Chart id="honours" />', 2));
    expect(p.message).toMatch(
      new RegExp(
        `^chart "honours" is placed again \\(first at \\S*zh-hans/lede\\.mdx:${lineWith(mdx, '<Chart id="honours" />')}\\)$`,
      ),
    );
  });

  test('A chart placed in only one edition is reported on the other edition’s file, with where to place it.', () => {
    const root = placedContent();
    replaceIn(yearFile(root, 'en', 'lede.mdx'), '\n<Chart id="honours" />\n', '\n');
    const p = onlyProblem(checkContent(root).problems);
    expect(p.file).toMatch(/reviews\/2024\/en\/lede\.mdx$/);
    expect(p.line).toBeUndefined();
    expect(p.message).toBe('chart "honours" is not placed in the en edition');
    expect(p.fix).toMatch(
      /^add the line <Chart id="honours" \/> \(with a blank line before and after\) to \S*en\/lede\.mdx after paragraph 4, where \S*zh-hans\/lede\.mdx places it\.$/,
    );
  });

  test('A chart placed in a section other than that of its figures is reported at its line.', () => {
    const root = placedContent();
    const en = yearFile(root, 'en', 'team-building.mdx');
    replaceIn(en, '\n<Chart id="team-building-numbers" />\n', '\n');
    fs.appendFileSync(yearFile(root, 'en', 'lede.mdx'), '\n<Chart id="team-building-numbers" />\n');
    const p = onlyProblem(checkContent(root).problems);
    expect(p.file).toMatch(/en\/lede\.mdx$/);
    expect(p.line).toBe(lineWith(yearFile(root, 'en', 'lede.mdx'), '<Chart id="team-building-numbers" />'));
    expect(p.message).toBe(
      'chart "team-building-numbers" draws figures of section team-building but is placed in section lede',
    );
    expect(p.fix).toMatch(/^move the line <Chart id="team-building-numbers" \/> to \S*en\/team-building\.mdx/);
  });

  test('Charts placed in a different order in the English are reported, with both orders.', () => {
    const root = placedContent();
    const en = yearFile(root, 'en', 'lede.mdx');
    replaceIn(
      en,
      '<Chart id="honours" />\n\n<Chart id="lede-numbers" />',
      '<Chart id="lede-numbers" />\n\n<Chart id="honours" />',
    );
    const p = onlyProblem(checkContent(root).problems);
    expect(p.file).toMatch(/en\/lede\.mdx$/);
    expect(p.line).toBe(lineWith(en, '<Chart id="lede-numbers" />'));
    expect(p.message).toMatch(
      /^the charts of section lede are placed as crime-falls after paragraph 3, lede-numbers after paragraph 4, honours after paragraph 4, but \S*zh-hans\/lede\.mdx places them as crime-falls after paragraph 3, honours after paragraph 4, lede-numbers after paragraph 4$/,
    );
  });

  test('A chart placed after a different paragraph in the English is reported at its line.', () => {
    const root = placedContent();
    const en = yearFile(root, 'en', 'lede.mdx');
    replaceIn(en, '\n<Chart id="honours" />\n', '\n');
    replaceIn(en, '\n<Chart id="crime-falls" />\n', '\n<Chart id="honours" />\n\n<Chart id="crime-falls" />\n');
    const p = onlyProblem(checkContent(root).problems);
    expect(p.line).toBe(lineWith(en, '<Chart id="honours" />'));
    expect(p.message).toMatch(/^the charts of section lede are placed as honours after paragraph 3, /);
  });

  test('A chart tag not written as <Chart id="…" /> on a line of its own is reported, and its chart as not placed.', () => {
    const root = placedContent();
    const mdx = yearFile(root, 'zh-hans', 'team-building.mdx');
    replaceIn(mdx, '<Chart id="team-building-numbers" />', '<Chart ids="team-building-numbers" />');
    const { problems } = checkContent(root);
    expect(problems, formatProblems(problems)).toHaveLength(2);
    const bad = find(
      problems,
      'a chart is written in a form the page does not render: “<Chart ids="team-building-numbers" />”',
    );
    expect(bad.line).toBe(lineWith(mdx, '<Chart ids="team-building-numbers" />'));
    find(problems, 'chart "team-building-numbers" is not placed in the zh-hans edition');
  });
});

describe('reading figures', () => {
  test('A quote never cuts a number in two: 0.7% is not a quote of 20.7%, nor 6 of 16.', () => {
    expect(occurrences('下降20.7%，上升9.2%', '0.7%')).toEqual([]);
    expect(occurrences('下降20.7%，上升9.2%', '20.7%')).toEqual([2]);
    expect(occurrences('风险防控16条建议、6个巡回审判点', '6')).toEqual([10]);
    expect(occurrences('2024年，2024年', '2024年')).toEqual([0, 6]);
  });

  test('A Chinese duration is read in the record’s unit, and 万 at its magnitude.', () => {
    expect(quoteFigures('有期徒刑9年6个月至拘役5个月', 'months')).toEqual([114, 5]);
    expect(quoteFigures('有期徒刑9年6个月至拘役5个月', 'count')).toEqual([9, 6, 5]);
    expect(quoteFigures('涉案金额1260万元', 'yuan')).toEqual([12_600_000]);
  });

  test('An English length of time is read as one figure in the record’s unit, and a plain number is not a length of time.', () => {
    const text = 'On January 6, from 9 years and 6 months of imprisonment to 5 months of detention';
    expect([...englishFigures(text, 'months')]).toEqual([114, 5]);
    expect([...englishFigures(text, 'count')].sort((a, b) => a - b)).toEqual([5, 6, 9]);
    expect([...englishFigures('within 5 years', 'years')]).toEqual([5]);
  });
});
