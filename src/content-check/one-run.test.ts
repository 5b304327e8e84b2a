import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { contentCopies } from '../../tests/helpers/content.ts';
import { formatProblems } from '../content-files/problems.ts';
import { checkContent } from './load.ts';

/**
 * The content check an editor runs while settling an imported year: every problem in the first
 * run (no second wave once the TODOs are gone), only what the year's editions need, in plain words.
 * Over the Chinese-only 2019 fixture (tests/fixtures/years/2019/) beside the real content.
 */
const FIXTURE_2019 = fileURLToPath(new URL('../../tests/fixtures/years/2019/', import.meta.url));
const { copyContent } = contentCopies('one-run');

function withPastYear() {
  const root = copyContent();
  const dir = path.join(root, 'reviews', '2019');
  fs.cpSync(FIXTURE_2019, dir, { recursive: true });
  const edit = (file: string, from: string | RegExp, to: string) => {
    const f = path.join(dir, file);
    const text = fs.readFileSync(f, 'utf8');
    if (!text.match(from)) throw new Error(`${file} has no ${String(from)}`);
    fs.writeFileSync(f, text.replace(from, to));
  };
  return { root, edit };
}

const key = (p: { file: string; line?: number | undefined; message: string }) =>
  `${p.file}:${p.line} ${p.message}`;

describe('the content check over a Chinese-only past year', () => {
  test('A Chinese-only year passes without any English text, and its stats.yml has no English labels.', () => {
    const { root } = withPastYear();
    const { problems, reviews } = checkContent(root);
    expect(problems, formatProblems(problems)).toEqual([]);
    expect(reviews.map((r) => r.year)).toEqual([2024, 2019]);
    expect(fs.readFileSync(path.join(root, 'reviews/2019/stats.yml'), 'utf8')).not.toMatch(/^\s+en:/m);
  });

  test('With TODOs left in review.yml and stats.yml, the first run already lists the other problems too: settling the TODOs brings no new ones.', () => {
    const { root, edit } = withPastYear();
    // A real mistake the figure rules find: the quote says 26, the value 27.
    edit('stats.yml', 'value: 26', 'value: 27');
    // A paragraph repeated right after itself (a repost's standfirst).
    edit('zh-hans/team-building.mdx', /(全年开展政治轮训26期，政法队伍满意度持续提升。)/, '$1\n\n$1');
    const settled = checkContent(root).problems.map(key);
    // Not yet settled, as the import leaves a year: a section id (file names and stats.yml too), a
    // figure's id and label, and a chart's form still say TODO.
    edit('review.yml', '  - team-building', '  - TODO-section-2');
    edit('stats.yml', /section: team-building/g, 'section: TODO-section-2');
    fs.renameSync(
      path.join(root, 'reviews/2019/zh-hans/team-building.mdx'),
      path.join(root, 'reviews/2019/zh-hans/TODO-section-2.mdx'),
    );
    edit('stats.yml', /sense-of-safety/g, 'TODO-figure-1');
    edit('stats.yml', 'zh-hans: 政治轮训', 'zh-hans: TODO');
    edit('stats.yml', 'form: numbers\n    why: a single count', 'form: TODO\n    why: a single count');
    const first = checkContent(root).problems;
    const renamed = (k: string) => k.replace('team-building.mdx', 'TODO-section-2.mdx');
    const text = formatProblems(first);
    expect(first.map(key), text).toEqual(expect.arrayContaining(settled.map(renamed)));
    expect(text).toMatch(/the quote of stat "political-training" states 26, but its value is 27/);
    expect(text).toMatch(/this paragraph is the same as the one before it/);
    expect(text).toMatch(/entry 2 under "sections" is not yet written/);
    expect(text).toMatch(/"id" of entry 1 under "stats" is not yet written/);
    expect(text).toMatch(/"form" of entry 2 under "charts" is not yet written/);
    expect(text).toMatch(/"label" \(zh-hans\) of entry 3 under "stats" is not yet written/);
    // Nothing asks for English (the year is [zh-hans]), and no fix reads like a program path.
    expect(text).not.toMatch(/\ben\b.*(missing|no English)|English label/);
    for (const p of first)
      expect(p.fix, key(p)).not.toMatch(
        /\b(stats|charts|not_charted)\.\d|replace TODO with the [a-z_]+\.[a-z]/,
      );
    // The value, the repeated paragraph, and the quote it now makes stand twice.
    expect(settled.length, settled.join('\n')).toBe(3);
  });
});
