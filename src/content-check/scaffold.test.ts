import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { afterEach, describe, expect, test } from 'vitest';
import { statsFile } from '../stats/schema.ts';
import { isPlaceholder } from '../content-files/placeholder.ts';
import { checkContent } from './load.ts';
import { formatProblems } from '../content-files/problems.ts';
import { scaffoldReview, ScaffoldRefused } from '../reviews/scaffold.ts';
import { lastYear } from '../reviews/limits.ts';

/**
 * `npm run new-review -- <year>` makes a year folder whose every unwritten value says TODO; the
 * content check reports each TODO as not yet written, so a scaffold never builds silently.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REAL_CONTENT = path.join(ROOT, 'content');
const SECTIONS_2024 = ['lede', 'political-leadership', 'service-to-development', 'team-building', 'outlook'];

const tempRoots: string[] = [];
afterEach(() => {
  for (const dir of tempRoots.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-scaffold-'));
  tempRoots.push(root);
  return root;
}

function copyContent(): string {
  const root = tempDir();
  fs.cpSync(REAL_CONTENT, root, { recursive: true });
  return root;
}

/** Runs tools/new-review.ts as `npm run new-review` does (node, from the project folder). */
function runScript(contentDir: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['tools/new-review.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lineOf = (file: string, line: number) => fs.readFileSync(file, 'utf8').split('\n')[line - 1] ?? '';

describe('the placeholder marker', () => {
  test('A value or paragraph starting with the word TODO is a placeholder; TODO inside a text, or a longer word, is not.', () => {
    for (const yes of ['TODO', 'TODO: 在此写本节正文', '  TODO — the English', 'TODO.'])
      expect(isPlaceholder(yes), yes).toBe(true);
    for (const no of ['TODOS', 'Todo list', 'The TODO list', 'todo', '待写 TODO'])
      expect(isPlaceholder(no), no).toBe(false);
  });

  test('A TODO left in a finished year’s frontmatter is reported as not yet written at its line, and nothing else is.', () => {
    const root = copyContent();
    const file = path.join(root, 'reviews/2024/en/lede.mdx');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^kicker: .*$/m, 'kicker: TODO'));
    const { problems } = checkContent(root);
    expect(problems, formatProblems(problems)).toHaveLength(1);
    expect(problems[0]?.message).toBe('the frontmatter: "kicker" is not yet written (it still says TODO)');
    expect(problems[0]?.line).toBe(3);
    expect(problems[0]?.fix).toMatch(/^replace TODO with the one-line lead under the heading/);
  });

  test('published: TODO is reported once, as not yet written, not also as a wrong date.', () => {
    const root = copyContent();
    const file = path.join(root, 'reviews/2024/review.yml');
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace('published: 2025 (on or after 2025-01-06)', 'published: TODO'),
    );
    const { reviews, problems } = checkContent(root);
    expect(problems, formatProblems(problems)).toHaveLength(1);
    expect(problems[0]?.message).toBe('review.yml: "published" is not yet written (it still says TODO)');
    expect(problems[0]?.line).toBe(8);
    expect(problems[0]?.fix).toMatch(/YYYY-MM/);
    expect(reviews).toEqual([]);
  });

  test('A TODO paragraph in the English is reported at its line and not compared with the Chinese figures.', () => {
    const root = copyContent();
    const file = path.join(root, 'reviews/2024/en/lede.mdx');
    const text = fs.readFileSync(file, 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('In 2024, the number of criminal cases')) + 1;
    expect(line).toBeGreaterThan(0);
    fs.writeFileSync(
      file,
      text.replace(/^In 2024, the number of criminal cases.*$/m, 'TODO: translate this paragraph.'),
    );
    const problems = checkContent(root).problems.filter((p) => p.file.endsWith('en/lede.mdx'));
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [line, 'a paragraph is not yet written: it still says “TODO: translate this paragraph.”'],
    ]);
  });
});

describe('scaffoldReview', () => {
  test('It makes review.yml, stats.yml and one MDX file per 2024 section in zh-hans/ and en/, and refuses nothing else.', () => {
    const root = copyContent();
    const made = scaffoldReview(root, '2025');
    expect(made.from).toBe(2024);
    expect(made.sections).toEqual(SECTIONS_2024);
    const rel = made.files.map((f) => path.relative(made.dir, f).split(path.sep).join('/'));
    expect(rel).toEqual([
      'review.yml',
      'stats.yml',
      ...SECTIONS_2024.map((s) => `zh-hans/${s}.mdx`),
      ...SECTIONS_2024.map((s) => `en/${s}.mdx`),
    ]);
    for (const f of made.files) expect(fs.existsSync(f), f).toBe(true);
    // Nothing else is left in the reviews folder (no staging folder).
    expect(fs.readdirSync(path.join(root, 'reviews')).sort()).toEqual(['2024', '2025']);
  });

  test('Its review.yml carries a comment above every field, lists 2024’s sections and declares both editions.', () => {
    const root = copyContent();
    scaffoldReview(root, '2025');
    const text = fs.readFileSync(path.join(root, 'reviews/2025/review.yml'), 'utf8');
    const meta = parseYaml(text) as Record<string, unknown>;
    expect(meta['sections']).toEqual(SECTIONS_2024);
    expect(meta['editions']).toEqual(['zh-hans', 'en']);
    expect(meta['published']).toBe('TODO');
    const lines = text.split('\n');
    for (const key of ['editions', 'published', 'title', 'byline', 'credit', 'sections']) {
      const i = lines.findIndex((l) => l.startsWith(`${key}:`));
      expect(i, key).toBeGreaterThan(0);
      expect(lines[i - 1], `the line above ${key}`).toMatch(/^#/);
    }
  });

  test('Its stats.yml is the empty form the stats schema accepts, under its comment header.', () => {
    const root = copyContent();
    scaffoldReview(root, '2025');
    const text = fs.readFileSync(path.join(root, 'reviews/2025/stats.yml'), 'utf8');
    expect(text.startsWith('# Every figure in the 2025 review, as data.')).toBe(true);
    expect(statsFile.parse(parseYaml(text))).toEqual({ stats: [], charts: [], not_charted: [], compare: [] });
  });

  test('Each section file keeps the frontmatter fields 2024 used for it, each TODO under a comment.', () => {
    const root = copyContent();
    scaffoldReview(root, '2025');
    const fm = (file: string) => /^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(file, 'utf8'))?.[1] ?? '';
    expect(parseYaml(fm(path.join(root, 'reviews/2025/zh-hans/lede.mdx')))).toEqual({
      nav: 'TODO',
      kicker: 'TODO',
    });
    expect(parseYaml(fm(path.join(root, 'reviews/2025/en/team-building.mdx')))).toEqual({
      nav: 'TODO',
      title: 'TODO',
      kicker: 'TODO',
    });
    expect(parseYaml(fm(path.join(root, 'reviews/2025/en/outlook.mdx')))).toEqual({ nav: 'TODO' });
    expect(fm(path.join(root, 'reviews/2025/zh-hans/outlook.mdx'))).toMatch(/^# nav: /);
  });

  test('The content check reports every TODO of a fresh scaffold as not yet written, at a line that says TODO, and nothing else.', () => {
    const root = copyContent();
    scaffoldReview(root, '2025');
    const { reviews, problems } = checkContent(root);
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(p.file, formatProblems([p])).toMatch(/reviews\/2025\//);
      expect(p.message, formatProblems([p])).toMatch(/not yet written/);
      expect(lineOf(path.join(process.cwd(), p.file), p.line ?? 0), formatProblems([p])).toContain('TODO');
    }
    const count = (ending: string) => problems.filter((p) => p.file.endsWith(ending)).length;
    // published, title ×2, description ×2, role ×2, name ×2, source ×2, copyright ×2 (no printed ban on reproduction).
    expect(count('2025/review.yml')).toBe(13);
    expect(count('2025/zh-hans/lede.mdx')).toBe(3); // nav, kicker, the paragraph
    expect(count('2025/en/team-building.mdx')).toBe(4); // nav, title, kicker, the paragraph
    expect(count('2025/en/outlook.mdx')).toBe(2); // nav, the paragraph
    // The finished year is untouched and still listed; the scaffold is not a review yet.
    expect(reviews.map((r) => r.year)).toEqual([2024]);
  });

  test('Once every TODO is written, the scaffolded year passes the content check.', () => {
    const root = copyContent();
    const made = scaffoldReview(root, '2025');
    for (const file of made.files) {
      const zh = file.includes(`${path.sep}zh-hans${path.sep}`);
      const text = fs
        .readFileSync(file, 'utf8')
        .replace('published: TODO', 'published: 2026-01')
        .replace(/^TODO:.*$/m, zh ? '这一年，平安建设持续推进。' : 'This year, safety-building work went on.')
        .replace(/TODO/g, zh ? '标题' : 'Heading');
      fs.writeFileSync(file, text);
    }
    const { reviews, problems } = checkContent(root);
    expect(problems, formatProblems(problems)).toEqual([]);
    expect(reviews.map((r) => r.year)).toEqual([2025, 2024]);
  });

  test('Without an earlier year it uses the usual five sections.', () => {
    const root = tempDir();
    const year = String(lastYear());
    const made = scaffoldReview(root, year);
    expect(made.from).toBeUndefined();
    expect(made.sections).toEqual(SECTIONS_2024);
    expect(fs.existsSync(path.join(root, `reviews/${year}/en/outlook.mdx`))).toBe(true);
  });

  test('It refuses a year that exists, leaving its files as they were.', () => {
    const root = copyContent();
    const before = fs.readFileSync(path.join(root, 'reviews/2024/review.yml'), 'utf8');
    expect(() => scaffoldReview(root, '2024')).toThrow(ScaffoldRefused);
    expect(() => scaffoldReview(root, '2024')).toThrow(
      /reviews\/2024\/ already exists: new-review never overwrites a year/,
    );
    expect(fs.readFileSync(path.join(root, 'reviews/2024/review.yml'), 'utf8')).toBe(before);
  });

  test('It refuses anything but a four-digit year, and makes no folder for it.', () => {
    const root = copyContent();
    for (const bad of ['25', '20255', 'twenty', '2025/', '../2025', '']) {
      expect(() => scaffoldReview(root, bad), bad).toThrow(
        /is not a year: give the year under review as four digits/,
      );
    }
    expect(fs.readdirSync(path.join(root, 'reviews'))).toEqual(['2024']);
  });
});

describe('tools/new-review.ts', () => {
  test('Run twice for one year, it makes the folder under CONTENT_DIR the first time and refuses with exit code 1 the second.', () => {
    const root = copyContent();
    const first = runScript(root, '2025');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(
      /^Made .*reviews\/2025\/ with the sections of 2024 \(lede, political-leadership/,
    );
    expect(first.stdout).toContain('npm run check:content');
    const review = path.join(root, 'reviews/2025/review.yml');
    fs.appendFileSync(review, '# an editor’s note\n');
    const second = runScript(root, '2025');
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/reviews\/2025\/ already exists: new-review never overwrites a year/);
    expect(second.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    expect(fs.readFileSync(review, 'utf8')).toMatch(/# an editor’s note\n$/);
  });

  test('Without a year, or with one that is not a year, it says how to run it and exits with code 1.', () => {
    const root = copyContent();
    const none = runScript(root);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('usage: npm run new-review -- <year>');
    const bad = runScript(root, 'next');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('"next" is not a year');
    expect(runScript(root, '2025', '2026').status).toBe(1);
    expect(fs.readdirSync(path.join(root, 'reviews'))).toEqual(['2024']);
  });

  test('npm run new-review -- <year> runs the script, and the check then fails listing the TODOs.', () => {
    const root = copyContent();
    const made = spawnSync('npm', ['run', '--silent', 'new-review', '--', '2026'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: root },
    });
    expect(made.status, made.stderr).toBe(0);
    expect(fs.existsSync(path.join(root, 'reviews/2026/zh-hans/lede.mdx'))).toBe(true);
    const check = spawnSync('npm', ['run', '--silent', 'check:content'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: root },
    });
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/^Content check found \d+ problems:/);
    expect(check.stderr).toMatch(
      /reviews\/2026\/review\.yml:\d+ — review\.yml: "published" is not yet written/,
    );
    expect(check.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('new-review refuses years the content check would refuse', () => {
  test.each(['0000', '1899', '3000', String(lastYear() + 1)])('%s is refused with the range', (year) => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-scaffold-range-'));
    try {
      expect(() => scaffoldReview(root, year)).toThrow(/outside the years a review can cover \(1949–\d{4}\)/);
      expect(fs.existsSync(path.join(root, 'reviews', year))).toBe(false);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
