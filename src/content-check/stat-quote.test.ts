import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkContent } from './load.ts';
import { formatProblems } from '../content-files/problems.ts';
import { statsContent } from '../../tests/helpers/stats-content.ts';

/** Stat records against the text (stat-quote.ts, stat-english.ts, coverage.ts, not-charted.ts), through the whole check. */
const { placedContent, yearFile, statsYml, replaceIn, lineWith, brief, onlyProblem, find } = statsContent();

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

  test('A change whose direction contradicts its quote (下降 with direction: up) is reported at the direction.', () => {
    const root = placedContent();
    const file = statsYml(root);
    replaceIn(
      file,
      'direction: down\n    quote: 全市刑事案件发案数下降20.7%',
      'direction: up\n    quote: 全市刑事案件发案数下降20.7%',
    );
    const { problems } = checkContent(root);
    const p = onlyProblem(problems);
    expect(p.line).toBe(lineWith(file, 'direction: up', 2));
    expect(p.message).toBe(
      'stat "crime-cases" says direction: up, but its quote says the figure went down (“全市刑事案件发案数下降20.7%”)',
    );
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
    expect(find(problems, /^the Chinese-numeral figure 两级 in /).line).toBe(
      lineWith(mdx, '持续深化政法队伍纪律'),
    );
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
