import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkContent } from './load.ts';
import { formatProblems } from '../content-files/problems.ts';
import { occurrences } from '../stats/pieces.ts';
import { englishFigures, quoteFigures } from '../stats/reading.ts';
import { PLACEMENTS, EDITIONS, statsContent } from '../../tests/helpers/stats-content.ts';

/** The stats check on the real stats.yml and its schema, and how figures are read from quotes. */
const { copyContent, placedContent, statsYml, replaceIn, lineWith, onlyProblem, find } = statsContent();

describe('the real stats.yml', () => {
  test('With the charts placed where the placement list says, the real content has no problems and the review carries its 33 stats, 7 charts and numbers blocks, and 33 numbers not charted.', () => {
    const { reviews, problems } = checkContent(placedContent());
    expect(problems, formatProblems(problems)).toEqual([]);
    const stats = reviews[0]?.stats;
    expect(stats?.stats).toHaveLength(33);
    expect(stats?.charts).toHaveLength(7);
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
      'stats.yml: "direction" of entry 2 under "stats" is invalid: "crime-cases" is a change but does not say which way',
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
      'stats.yml: "low" of entry 8 under "stats" is invalid: "fraud-sentences" is a range but has no lower end',
    );
  });

  test('A range whose lower end is above its upper end is reported at the lower end.', () => {
    const root = placedContent();
    const file = statsYml(root);
    replaceIn(file, '    low: 5\n', '    low: 200\n');
    const p = onlyProblem(checkContent(root).problems);
    expect(p.line).toBe(lineWith(file, 'low: 200'));
    expect(p.message).toBe(
      'stats.yml: "low" of entry 8 under "stats" is invalid: "fraud-sentences" has a lower end 200 above its upper end 114',
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
    expect(p.message).toBe('stats.yml: entry 1 under "stats" has unknown field "source"');
  });

  test('A stat record without its value is reported as missing the value.', () => {
    const root = placedContent();
    const file = statsYml(root);
    const recordLine = lineWith(file, '- id: reform-tasks');
    replaceIn(file, '    value: 31\n', '');
    const p = onlyProblem(checkContent(root).problems);
    expect(p.message).toBe('stats.yml: "value" of entry 18 under "stats" is missing');
    expect(p.line).toBe(recordLine);
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
