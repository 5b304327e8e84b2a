import { PUBLISHED_FORMS } from '../reviews/date.ts';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from './load.ts';
import { formatProblems, type Problem } from '../content-files/problems.ts';
import { contentCopies } from '../../tests/helpers/content.ts';

const { copyContent } = contentCopies('broken');
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A broken content file is reported like any other mistake (file, line, what is wrong, the fix),
 * never as a stack trace alone: a YAML file that is a list or plain text, an empty file, binary
 * data, another encoding, a folder in place of a file, an unclosed frontmatter, a date that is no
 * date at all.
 */

const at = (root: string, rel: string) => path.join(root, rel);

function onlyProblemIn(problems: Problem[], ending: string): Problem {
  const found = problems.filter((p) => p.file.endsWith(ending));
  expect(found, `expected exactly one problem in …${ending}, got:\n${formatProblems(problems)}`).toHaveLength(
    1,
  );
  return found[0] as Problem;
}

/** Some bytes that are not text: a PNG header, NULs and all. */
const BINARY = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);
/** “导语” saved as GBK, as a Windows editor might: not UTF-8. */
const GBK = Buffer.from([0xb5, 0xbc, 0xd3, 0xef]);

describe('broken YAML files', () => {
  test('A review.yml that is a list is reported once, at line 1, as a list where fields belong.', () => {
    const root = copyContent();
    fs.writeFileSync(at(root, 'reviews/2024/review.yml'), '- published: 2025-01\n- sections: [lede]\n');
    const { reviews, problems } = checkContent(root);
    const p = onlyProblemIn(problems, 'reviews/2024/review.yml');
    expect(p.line).toBe(1);
    expect(p.message).toBe(
      'review.yml is a list (lines starting with "-"), but it must be a set of fields, one "key: value" per line',
    );
    expect(p.fix).toMatch(
      /^write the review’s fields \(published, title, description, byline, credit, sections\)/,
    );
    expect(reviews).toEqual([]);
  });

  test('A review.yml that is plain text is reported as plain text where fields belong.', () => {
    const root = copyContent();
    fs.writeFileSync(at(root, 'reviews/2024/review.yml'), '平安南通 2024 年度回眸\n');
    expect(onlyProblemIn(checkContent(root).problems, 'reviews/2024/review.yml').message).toBe(
      'review.yml is plain text, but it must be a set of fields, one "key: value" per line',
    );
  });

  test('An empty review.yml, or one with only comments, is reported once as empty, not as six missing fields.', () => {
    for (const text of ['', '# to do\n\n# later\n']) {
      const root = copyContent();
      fs.writeFileSync(at(root, 'reviews/2024/review.yml'), text);
      const p = onlyProblemIn(checkContent(root).problems, 'reviews/2024/review.yml');
      expect(p.message, JSON.stringify(text)).toBe('review.yml is empty');
      expect(p.fix).toContain('copy another year’s review.yml');
    }
  });

  test('A review.yml holding binary data is reported as not a text file.', () => {
    const root = copyContent();
    fs.writeFileSync(at(root, 'reviews/2024/review.yml'), BINARY);
    const p = onlyProblemIn(checkContent(root).problems, 'reviews/2024/review.yml');
    expect(p.message).toBe('review.yml is not a text file (it holds binary data)');
    expect(p.line).toBe(1);
  });

  test('A folder where review.yml should be is reported as a folder, not as an EISDIR crash.', () => {
    const root = copyContent();
    fs.rmSync(at(root, 'reviews/2024/review.yml'));
    fs.mkdirSync(at(root, 'reviews/2024/review.yml'));
    const p = onlyProblemIn(checkContent(root).problems, 'reviews/2024/review.yml');
    expect(p.message).toBe('review.yml cannot be read (it is a folder)');
    expect(p.fix).toBe('replace the folder with the file of that name.');
  });

  test('When review.yml fails its schema, the section files it lists are still checked, so every problem shows at once.', () => {
    const root = copyContent();
    const meta = at(root, 'reviews/2024/review.yml');
    fs.writeFileSync(
      meta,
      fs.readFileSync(meta, 'utf8').replace('published: 2025 (on or after 2025-01-06)', 'published: 2025-13'),
    );
    fs.rmSync(at(root, 'reviews/2024/en/outlook.mdx'));
    const { reviews, problems } = checkContent(root);
    expect(
      problems.map((p) => p.file.replace(/^.*reviews\/2024\//, '')).sort(),
      formatProblems(problems),
    ).toEqual(['en/outlook.mdx', 'review.yml']);
    expect(reviews).toEqual([]);
  });

  test('A stats.yml that is a list, and an empty one, are each reported once with what to write.', () => {
    const root = copyContent();
    fs.writeFileSync(at(root, 'reviews/2024/stats.yml'), '- id: crime-cases\n  value: 20.7\n');
    expect(onlyProblemIn(checkContent(root).problems, 'reviews/2024/stats.yml').message).toMatch(
      /^stats\.yml is a list/,
    );
    fs.writeFileSync(at(root, 'reviews/2024/stats.yml'), '\n');
    const p = onlyProblemIn(checkContent(root).problems, 'reviews/2024/stats.yml');
    expect(p.message).toBe('stats.yml is empty');
    expect(p.fix).toContain('`stats: []` and `charts: []`');
  });

  test('A glossary that is plain text is reported on the glossary file.', () => {
    const root = copyContent();
    fs.writeFileSync(at(root, 'glossary/en.yml'), 'notes go here\n');
    const { problems } = checkContent(root);
    expect(onlyProblemIn(problems, 'glossary/en.yml').message).toBe(
      'the glossary of notes is plain text, but it must be a set of fields, one "key: value" per line',
    );
  });

  test('An unknown field in a glossary note is reported by name at its line.', () => {
    const root = copyContent();
    const file = at(root, 'glossary/en.yml');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const i = lines.findIndex((l) => /^\s+term: /.test(l));
    expect(i).toBeGreaterThan(0);
    lines.splice(i + 1, 0, `${/^\s+/.exec(lines[i] ?? '')?.[0] ?? '  '}terms: extra`);
    fs.writeFileSync(file, lines.join('\n'));
    const p = onlyProblemIn(checkContent(root).problems, 'glossary/en.yml');
    expect(p.message).toMatch(/^the glossary of notes: "[a-z-]+" has unknown field "terms"$/);
    expect(p.line).toBe(i + 2);
  });

  test('A published value that is no date at all (“January 2025”, 2025-1-6) is reported as a date to rewrite, not a crash.', () => {
    for (const value of ['January 2025', '2025-1-6', '06/01/2025']) {
      const root = copyContent();
      const meta = at(root, 'reviews/2024/review.yml');
      fs.writeFileSync(
        meta,
        fs
          .readFileSync(meta, 'utf8')
          .replace('published: 2025 (on or after 2025-01-06)', `published: ${value}`),
      );
      const p = onlyProblemIn(checkContent(root).problems, 'reviews/2024/review.yml');
      expect(p.message, value).toBe(`review.yml: "published" is invalid: ${PUBLISHED_FORMS}`);
      expect(p.line).toBe(8);
    }
  });
});

describe('broken MDX section files', () => {
  test('A frontmatter that is opened but never closed is reported on line 1 with the missing --- as the fix.', () => {
    const root = copyContent();
    const file = at(root, 'reviews/2024/en/outlook.mdx');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^(---\n[\s\S]*?\n)---\n/, '$1\n'));
    const p = onlyProblemIn(checkContent(root).problems, 'reviews/2024/en/outlook.mdx');
    expect(p.line).toBe(1);
    expect(p.message).toBe('the frontmatter opened on line 1 is never closed');
    expect(p.fix).toMatch(/^add a line with only --- after the last frontmatter field/);
  });

  test('A frontmatter that is a list, or empty, is reported once in words.', () => {
    const root = copyContent();
    const file = at(root, 'reviews/2024/en/outlook.mdx');
    const body = fs.readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    fs.writeFileSync(file, `---\n- nav: Outlook\n---\n${body}`);
    const list = onlyProblemIn(checkContent(root).problems, 'reviews/2024/en/outlook.mdx');
    expect(list.message).toMatch(
      /^the frontmatter is a list \(lines starting with "-"\), but it must be a set of fields/,
    );
    expect(list.line).toBe(2);
    fs.writeFileSync(file, `---\n---\n${body}`);
    const empty = onlyProblemIn(checkContent(root).problems, 'reviews/2024/en/outlook.mdx');
    expect(empty.message).toBe('the frontmatter is empty');
    expect(empty.fix).toBe('write at least `nav: <short label>` between the two --- lines.');
  });

  test('A section file saved as GBK is reported as not UTF-8, with how to save it.', () => {
    const root = copyContent();
    const file = at(root, 'reviews/2024/zh-hans/outlook.mdx');
    fs.writeFileSync(
      file,
      Buffer.concat([Buffer.from('---\nnav: '), GBK, Buffer.from('\n---\n\n'), GBK, Buffer.from('\n')]),
    );
    const p = onlyProblemIn(checkContent(root).problems, 'reviews/2024/zh-hans/outlook.mdx');
    expect(p.message).toBe('this section file is not saved as UTF-8 text (perhaps GBK or Big5)');
    expect(p.fix).toContain('UTF-8');
  });

  test('A section file holding binary data, and a folder named like a section file, are each reported on that path.', () => {
    const root = copyContent();
    fs.writeFileSync(at(root, 'reviews/2024/en/outlook.mdx'), BINARY);
    fs.rmSync(at(root, 'reviews/2024/en/lede.mdx'));
    fs.mkdirSync(at(root, 'reviews/2024/en/lede.mdx'));
    const { problems } = checkContent(root);
    expect(onlyProblemIn(problems, 'reviews/2024/en/outlook.mdx').message).toBe(
      'this section file is not a text file (it holds binary data)',
    );
    expect(onlyProblemIn(problems, 'reviews/2024/en/lede.mdx').message).toBe(
      'this section file cannot be read (it is a folder)',
    );
  });

  test('A byte-order mark before the frontmatter is read as the text editors see, with no problem.', () => {
    const root = copyContent();
    const file = at(root, 'reviews/2024/en/outlook.mdx');
    fs.writeFileSync(file, `\uFEFF${fs.readFileSync(file, 'utf8')}`);
    const { problems } = checkContent(root);
    expect(problems, formatProblems(problems)).toEqual([]);
  });
});

describe('npm run check:content on broken files', () => {
  test('Many broken files at once give one list of problems with their files and exit code 1, and no stack trace.', () => {
    const root = copyContent();
    fs.writeFileSync(at(root, 'reviews/2024/stats.yml'), '- a\n- b\n');
    fs.writeFileSync(at(root, 'reviews/2024/en/outlook.mdx'), BINARY);
    fs.writeFileSync(at(root, 'reviews/2024/zh-hans/outlook.mdx'), '---\nnav: 展望\n\n正文。\n');
    fs.writeFileSync(at(root, 'glossary/en.yml'), '');
    const r = spawnSync(process.execPath, ['tools/check-content.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: root },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^Content check found \d+ problems:/);
    for (const file of [
      'reviews/2024/stats.yml',
      'reviews/2024/en/outlook.mdx',
      'reviews/2024/zh-hans/outlook.mdx',
      'glossary/en.yml',
    ]) {
      expect(r.stderr, file).toMatch(new RegExp(`${file.replace(/[./]/g, '\\$&')}(:\\d+)? — `));
    }
    expect(r.stderr).not.toMatch(/\n\s+at \S/);
    expect(r.stderr).not.toMatch(/Error:/);
  });
});
