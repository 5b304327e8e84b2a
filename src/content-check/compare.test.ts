import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { checkContent } from './load.ts';
import { formatProblems, type Problem } from '../content-files/problems.ts';

/**
 * Guard rail: derived claims are computed, not written. A takeaway that compares needs a compare
 * entry the build checks against the values; otherwise the content check fails with file, line
 * and fix. Each test changes a copy of the real content.
 */
const REAL_CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) fs.rmSync(r, { recursive: true, force: true });
});

function copy(): { root: string; stats: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-compare-'));
  roots.push(root);
  fs.cpSync(REAL_CONTENT, root, { recursive: true });
  return { root, stats: path.join(root, 'reviews/2024/stats.yml') };
}

function edit(file: string, from: string, to: string): void {
  const text = fs.readFileSync(file, 'utf8');
  expect(text, `${file} should contain ${from}`).toContain(from);
  fs.writeFileSync(file, text.replace(from, to));
}

const lineWith = (file: string, needle: string) =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(needle)) + 1;

/** Adds an entry under compare (the real file has none: `compare: []`). */
function addCompare(stats: string, entry: string): void {
  edit(stats, '\ncompare: []\n', `\ncompare:\n${entry}`);
}

function only(problems: Problem[]): Problem {
  expect(problems, formatProblems(problems)).toHaveLength(1);
  return problems[0] as Problem;
}

const HONOURS_ZH = 'zh-hans: 全市政法系统的集体和个人获省级以上表彰或表扬。';
const HONOURS_EN =
  'en: Collectives and individuals in the city’s political-legal system received commendations or praise at provincial level or above.';

describe('compare: comparisons in takeaways are checked against the figures', () => {
  test('The real stats.yml passes: no takeaway compares, so no compare entry is needed.', () => {
    const { root } = copy();
    expect(checkContent(root).problems, formatProblems(checkContent(root).problems)).toEqual([]);
  });

  test('An invented comparison (相当, “nearly equal”) with no compare entry fails at the takeaway line, with the fix.', () => {
    const { root, stats } = copy();
    edit(stats, HONOURS_ZH, 'zh-hans: 政法系统获省级以上表彰或表扬的集体和个人数量相当。');
    edit(stats, HONOURS_EN, 'en: Collectives and individuals were honoured in nearly equal numbers.');
    const problems = checkContent(root).problems;
    expect(problems, formatProblems(problems)).toHaveLength(2);
    const zh = problems.find((p) => p.message.includes('zh-hans takeaway')) as Problem;
    expect(zh.file).toMatch(/reviews\/2024\/stats\.yml$/);
    expect(zh.line).toBe(lineWith(stats, '数量相当'));
    expect(zh.message).toBe(
      'the zh-hans takeaway of chart "honours" says “相当”, a comparison no compare entry backs: “政法系统获省级以上表彰或表扬的集体和个人数量相当。”',
    );
    expect(zh.fix).toMatch(/^add to stats\.yml under compare: \{ chart: honours, relation: equal,/);
    const en = problems.find((p) => p.message.includes('en takeaway')) as Problem;
    expect(en.line).toBe(lineWith(stats, 'nearly equal numbers'));
  });

  test('A compare entry the values do not bear out (176 and 169 are not equal) fails at its relation.', () => {
    const { root, stats } = copy();
    edit(stats, HONOURS_ZH, 'zh-hans: 获表彰或表扬的集体和个人数量相当。');
    edit(stats, HONOURS_EN, 'en: Collectives and individuals were honoured in equal numbers.');
    addCompare(
      stats,
      '  - chart: honours\n    relation: equal\n    stats: [honoured-collectives, honoured-individuals]\n',
    );
    const p = only(checkContent(root).problems);
    expect(p.line).toBe(lineWith(stats, 'relation: equal'));
    expect(p.message).toBe(
      'compare says equal for honoured-collectives, honoured-individuals on chart "honours", but the figures are honoured-collectives = 176, honoured-individuals = 169',
    );
    expect(p.fix).toMatch(/^correct the takeaway of chart "honours" to what the figures say/);
  });

  test('A comparison the values do bear out (176 is more than 169) passes with its entry.', () => {
    const { root, stats } = copy();
    edit(stats, HONOURS_ZH, 'zh-hans: 获表彰或表扬的集体多于个人。');
    edit(stats, HONOURS_EN, 'en: More collectives than individuals were honoured.');
    addCompare(
      stats,
      '  - { chart: honours, relation: greater, stats: [honoured-collectives, honoured-individuals] }\n',
    );
    expect(checkContent(root).problems, formatProblems(checkContent(root).problems)).toEqual([]);
  });

  test('“Most” is a majority: 62 of 26 + 62 mediation organisations passes, the other way round fails.', () => {
    const { root, stats } = copy();
    edit(
      stats,
      'en: The city set up new industry-specific and specialised mediation organisations in key fields, and new enterprise-based people’s mediation organisations.',
      'en: Most of the new mediation organisations were set up inside enterprises.',
    );
    addCompare(
      stats,
      '  - { chart: mediation-organisations, relation: majority, stats: [enterprise-mediation-organisations, sector-mediation-organisations] }\n',
    );
    expect(checkContent(root).problems, formatProblems(checkContent(root).problems)).toEqual([]);
    edit(
      stats,
      'stats: [enterprise-mediation-organisations, sector-mediation-organisations]',
      'stats: [sector-mediation-organisations, enterprise-mediation-organisations]',
    );
    const p = only(checkContent(root).problems);
    expect(p.message).toMatch(
      /^compare says majority for sector-mediation-organisations, enterprise-mediation-organisations/,
    );
  });

  test('A rank the figures cannot show (领先, led the province) fails: no entry can back it.', () => {
    const { root, stats } = copy();
    edit(stats, HONOURS_ZH, 'zh-hans: 全市政法系统获省级以上表彰或表扬的集体和个人全省领先。');
    const p = only(checkContent(root).problems);
    expect(p.line).toBe(lineWith(stats, '全省领先'));
    expect(p.message).toMatch(/says “领先”, a rank its figures cannot show/);
    expect(p.fix).toMatch(/^say only what the figures say/);
  });

  test('A "by the numbers" block is held to the same rules: a takeaway given to it with a rank or an unbacked comparison fails.', () => {
    const { root, stats } = copy();
    const block = '    form: numbers\n    why: single counts of different things, a fall';
    edit(
      stats,
      block,
      `    takeaway:\n      zh-hans: 市公安局的服务满意度全省领先。\n      en: More grid service stations were built.\n${block}`,
    );
    const problems = checkContent(root).problems;
    expect(
      problems.map((p) => [p.line, p.message]),
      formatProblems(problems),
    ).toEqual([
      [
        lineWith(stats, '全省领先'),
        expect.stringMatching(/^the zh-hans takeaway of chart "lede-numbers" says “领先”, a rank/),
      ],
      [
        lineWith(stats, 'More grid service stations'),
        expect.stringMatching(
          /^the en takeaway of chart "lede-numbers" says “More”, a comparison no compare entry backs/,
        ),
      ],
    ]);
  });

  test('A takeaway that says “fell” (下降) with no compare entry behind it fails in each edition.', () => {
    const { root, stats } = copy();
    edit(stats, HONOURS_ZH, 'zh-hans: 获表彰或表扬的集体和个人下降。');
    edit(stats, HONOURS_EN, 'en: Collectives and individuals honoured fell.');
    const problems = checkContent(root).problems;
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^the zh-hans takeaway of chart "honours" says “下降”/),
      expect.stringMatching(/^the en takeaway of chart "honours" says “fell”/),
    ]);
  });
});
