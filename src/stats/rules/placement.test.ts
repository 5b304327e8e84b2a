import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../reviews/load.ts';
import { formatProblems } from '../../content-check/problems.ts';
import { EDITIONS, statsContent } from '../../../tests/helpers/stats-content.ts';

/** Ids, chart membership and chart placement (ids.ts, charts.ts, placement.ts), through the whole check. */
const { placedContent, yearFile, statsYml, replaceIn, lineWith, placeCharts, removeChart, brief, onlyProblem, find } = statsContent();

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
