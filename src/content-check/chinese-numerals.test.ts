import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { checkContent } from './load.ts';
import { formatProblems } from '../content-files/problems.ts';
import { chineseNumeralFigures, holdsNumber } from '../stats/rules/chinese-numerals.ts';

const REAL_CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) fs.rmSync(r, { recursive: true, force: true });
});

describe('figures in Chinese numerals', () => {
  test('The figures the desk found are seen: 六名, 一家, 十条, 全国第一, 全省前三, 一个多月.', () => {
    const raw = (t: string) => chineseNumeralFigures(t).map((f) => f.raw);
    expect(raw('六名先进个人、一家先进集体')).toEqual(['六名', '一家']);
    expect(raw('作风建设“十条举措”')).toEqual(['十条']);
    expect(raw('交通健康指数全国第一')).toEqual(['第一']);
    expect(raw('持续保持全省前三')).toEqual(['前三']);
    expect(raw('在之后一个多月的时间里')).toEqual(['一个']);
  });

  test('Percentages in words and approximate counts are figures too: 百分之九十, 三成, 一千多名.', () => {
    const raw = (t: string) => chineseNumeralFigures(t).map((f) => f.raw);
    expect(raw('百分之九十的群众')).toEqual(['百分之九十']);
    expect(raw('三成以上案件')).toEqual(['三成']);
    expect(raw('一千多名志愿者')).toEqual(['一千多名']);
    expect(raw('一成不变')).toEqual([]);
  });

  test('Numerals inside words are not figures: 长三角, 新三板, 一审, 无一瑕疵, 每一位, 一年来, 万家灯火.', () => {
    for (const word of [
      '长三角',
      '新三板',
      '一审公开宣判',
      '无一瑕疵',
      '每一位政法人',
      '一年来',
      '万家灯火',
      '1260万元',
    ]) {
      expect(chineseNumeralFigures(word), word).toEqual([]);
    }
    expect(holdsNumber('去年夏天')).toBe(false);
    expect(holdsNumber('两大保障')).toBe(true);
  });

  test('A Chinese-numeral figure that is neither charted nor listed fails with file, line and fix.', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-numerals-'));
    roots.push(root);
    fs.cpSync(REAL_CONTENT, root, { recursive: true });
    const stats = path.join(root, 'reviews/2024/stats.yml');
    const text = fs.readFileSync(stats, 'utf8');
    const entry =
      / {2}- section: team-building\n {4}quote: 六名先进个人、一家先进集体\n {4}reason: .*\n/.exec(text)?.[0];
    expect(entry).toBeDefined();
    fs.writeFileSync(stats, text.replace(entry ?? '', ''));
    const { problems } = checkContent(root);
    expect(
      problems.map((p) => p.message),
      formatProblems(problems),
    ).toEqual([
      expect.stringMatching(
        /^the Chinese-numeral figure 六名 in “…迹宣传报告会上，六名先进个人、一家先…” is neither a record in \S*stats\.yml nor listed under not_charted$/,
      ),
      expect.stringMatching(/^the Chinese-numeral figure 一家 in /),
    ]);
    const mdx = path.join(root, 'reviews/2024/zh-hans/team-building.mdx');
    const line =
      fs
        .readFileSync(mdx, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('六名先进个人')) + 1;
    expect(problems[0]?.file).toMatch(/zh-hans\/team-building\.mdx$/);
    expect(problems[0]?.line).toBe(line);
    expect(problems[0]?.fix).toMatch(
      /^add a record to stats\.yml, or list it under not_charted \(section: team-building,/,
    );
  });

  test('5年内完成 is listed as a result over a period, not as a goal.', () => {
    const text = fs.readFileSync(path.join(REAL_CONTENT, 'reviews/2024/stats.yml'), 'utf8');
    const reason = /quote: 5年内完成[^\n]*\n {4}reason: (.*)/.exec(text)?.[1] ?? '';
    expect(reason).toMatch(/result/);
    expect(reason).not.toMatch(/goal/);
  });
});
