import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkContent } from './load.ts';
import { formatProblems } from '../content-files/problems.ts';
import { EDITIONS, statsContent } from '../../tests/helpers/stats-content.ts';

/** Ids, chart membership and chart placement (ids.ts, charts.ts, placement.ts), through the whole check. */
const {
  placedContent,
  yearFile,
  statsYml,
  replaceIn,
  lineWith,
  placeCharts,
  removeChart,
  brief,
  onlyProblem,
  find,
} = statsContent();

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
      replaceIn(
        yearFile(root, edition, 'lede.mdx'),
        '<Chart id="honours" />',
        '<Chart id="grid-stations" />',
      );
    const p = onlyProblem(checkContent(root).problems);
    expect(p.line).toBe(lineWith(file, '- id: grid-stations', 2));
    expect(p.message).toMatch(
      /^the id "grid-stations" is used again \(first by the stat at \S*stats\.yml:\d+\)$/,
    );
  });

  test('A chart naming an unknown stat id is reported at that id with the closest stat ids, and the stat it left out as in no chart.', () => {
    const root = placedContent();
    const file = statsYml(root);
    replaceIn(
      file,
      'stats: [honoured-collectives, honoured-individuals]',
      'stats: [honoured-collectives, honoured-individuls]',
    );
    const { problems } = checkContent(root);
    // The chart is left with one figure, which chart-form reports too.
    const unknown = find(
      problems,
      'chart "honours" names stat "honoured-individuls", which stats.yml does not define',
    );
    expect(unknown.line).toBe(lineWith(file, 'stats: [honoured-collectives, honoured-individuls]'));
    expect(unknown.fix).toMatch(/^use one of: honoured-individuals, /);
    const orphan = find(problems, 'stat "honoured-individuals" is in no chart');
    expect(orphan.line).toBe(lineWith(file, '- id: honoured-individuals'));
  });

  test('A stat drawn by two charts is reported at the second chart.', () => {
    const root = placedContent();
    const file = statsYml(root);
    replaceIn(
      file,
      'stats: [honoured-collectives, honoured-individuals]',
      'stats: [honoured-collectives, honoured-individuals, legal-service-centres]',
    );
    const p = onlyProblem(checkContent(root).problems);
    expect(p.line).toBe(
      lineWith(file, 'stats: [grid-stations, crime-cases, clearance-rate, legal-service-centres]'),
    );
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

  test('A chart gathering figures from two sections is reported at its stats: it stands in one section, after its figures.', () => {
    const root = placedContent();
    const file = statsYml(root);
    replaceIn(
      file,
      'stats: [honoured-collectives, honoured-individuals]',
      'stats: [honoured-collectives, honoured-individuals, blue-vest-units]',
    );
    const p = find(checkContent(root).problems, /^chart "honours" gathers figures/);
    expect(p.message).toBe(
      'chart "honours" gathers figures from section lede and from political-leadership (blue-vest-units)',
    );
    expect(p.line).toBe(
      lineWith(file, 'stats: [honoured-collectives, honoured-individuals, blue-vest-units]'),
    );
  });

  test('A drawn chart of figures the text states in different paragraphs is reported: one chart holds one measure unless the text compares them.', () => {
    const root = placedContent();
    const file = statsYml(root);
    replaceIn(
      file,
      'stats: [sector-mediation-organisations, enterprise-mediation-organisations]',
      'stats: [sector-mediation-organisations, enterprise-mediation-organisations, fraud-cases]',
    );
    const p = find(
      checkContent(root).problems,
      /^chart "mediation-organisations" draws figures the text states apart/,
    );
    expect(p.message).toBe(
      'chart "mediation-organisations" draws figures the text states apart (sector-mediation-organisations in paragraph 5, enterprise-mediation-organisations in paragraph 5, fraud-cases in paragraph 4): one chart holds one measure unless the text compares them',
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
    expect(p.line).toBe(lineWith(file, 'form: change'));
    expect(p.message).toBe('chart "honours" has form change, which does not draw level figures');
    expect(p.fix).toBe('use form bars or units, or numbers (a "by the numbers" block, no drawing).');
  });

  test('A digit in a takeaway is reported at that takeaway, and a digit in a label at that label.', () => {
    const root = placedContent();
    const file = statsYml(root);
    replaceIn(
      file,
      'en: Collectives and individuals in the city’s political-legal system received commendations or praise at provincial level or above.',
      'en: 176 collectives were honoured.',
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
        lineWith(file, 'en: 176 collectives were honoured.'),
        'the en takeaway of chart "honours" has a digit: “176 collectives were honoured.”',
      ],
    ]);
  });
});

describe('chart placement in the MDX', () => {
  test('A chart id in the MDX that names no chart is reported at its line with the closest chart ids, and the chart it meant as not placed.', () => {
    const root = placedContent();
    const mdx = yearFile(root, 'zh-hans', 'lede.mdx');
    replaceIn(mdx, '<Chart id="honours" />', '<Chart id="honour" />');
    const { problems } = checkContent(root);
    expect(problems, formatProblems(problems)).toHaveLength(2);
    const unknown = find(problems, /^<Chart id="honour" \/> names no chart in \S*stats\.yml$/);
    expect(unknown.file).toMatch(/zh-hans\/lede\.mdx$/);
    expect(unknown.line).toBe(lineWith(mdx, '"honour"'));
    expect(unknown.fix).toMatch(/^use one of: honours, /);
    const missing = find(problems, 'chart "honours" is not placed in the zh-hans edition');
    expect(missing.fix).toMatch(/zh-hans\/lede\.mdx after paragraph 4, where \S*en\/lede\.mdx places it\.$/);
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
    expect(p.fix).toMatch(
      /^move the line <Chart id="team-building-numbers" \/> to \S*en\/team-building\.mdx/,
    );
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
      /^the charts of section lede are placed as lede-numbers after paragraph 4, honours after paragraph 4, but \S*zh-hans\/lede\.mdx places them as honours after paragraph 4, lede-numbers after paragraph 4$/,
    );
  });

  test('A chart placed after a different paragraph in the English is reported at its line.', () => {
    const root = placedContent();
    const en = yearFile(root, 'en', 'political-leadership.mdx');
    replaceIn(en, '\n<Chart id="sentence-range" />\n', '\n');
    placeCharts(en, [['sentence-range', 4]]);
    const p = onlyProblem(checkContent(root).problems);
    expect(p.line).toBe(lineWith(en, '<Chart id="sentence-range" />'));
    expect(p.message).toMatch(
      /^the charts of section political-leadership are placed as sentence-range after paragraph 4, /,
    );
  });

  test('A chart placed before a paragraph its figures are quoted from is reported in each edition, with the paragraph to move it below.', () => {
    const root = placedContent(['honours']);
    for (const edition of EDITIONS) placeCharts(yearFile(root, edition, 'lede.mdx'), [['honours', 3]]);
    const { problems } = checkContent(root);
    expect(problems, formatProblems(problems)).toHaveLength(2);
    for (const edition of EDITIONS) {
      const mdx = yearFile(root, edition, 'lede.mdx');
      const p = problems.find((x) => x.file.endsWith(`${edition}/lede.mdx`));
      expect(p?.line).toBe(lineWith(mdx, '<Chart id="honours" />'));
      expect(p?.message).toBe(
        'chart "honours" stands after paragraph 3 of lede, before paragraph 4, which states one of its figures',
      );
      expect(p?.fix).toBe(
        'move the line <Chart id="honours" /> below paragraph 4: a chart stands after every paragraph its figures are quoted from.',
      );
    }
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
