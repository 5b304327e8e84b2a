import fs from 'node:fs';
import path from 'node:path';
import { PUBLISHED_FORMS } from '../reviews/date.ts';
import { describe, expect, test } from 'vitest';
import { checkContent } from './load.ts';
import { formatProblems, type Problem } from '../content-files/problems.ts';
import { contentCopies } from '../../tests/helpers/content.ts';

const { copyContent, yearFile } = contentCopies('content');

/** The real content folder, found from this file so the tests do not depend on CONTENT_DIR. */
const SECTIONS = ['lede', 'political-leadership', 'service-to-development', 'team-building', 'outlook'];

/** Rewrites a file line by line (`lines` is 0-based; editors' line N is lines[N - 1]). */
function editLines(file: string, edit: (lines: string[]) => void): void {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  edit(lines);
  fs.writeFileSync(file, lines.join('\n'));
}

function replaceIn(file: string, from: string, to: string): void {
  const text = fs.readFileSync(file, 'utf8');
  expect(text, `${file} should contain ${from}`).toContain(from);
  fs.writeFileSync(file, text.replace(from, to));
}

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** The only problem whose file ends with `ending`; fails listing every problem when there is not exactly one. */
function onlyProblemIn(problems: Problem[], ending: string): Problem {
  const found = problems.filter((p) => p.file.endsWith(ending));
  expect(found, `expected exactly one problem in …${ending}, got:\n${formatProblems(problems)}`).toHaveLength(
    1,
  );
  return found[0] as Problem;
}

/** The 1-based line of the first line containing `text`. */
function lineWith(file: string, text: string): number {
  const i = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(text));
  expect(i, `${file} should contain ${text}`).toBeGreaterThanOrEqual(0);
  return i + 1;
}

describe('checkContent on the real content', () => {
  test('The real content has no problems and yields the 2024 review with its five sections in zh-hans and en.', () => {
    const { reviews, glossary, problems } = checkContent(copyContent());
    expect(problems, formatProblems(problems)).toEqual([]);
    expect(reviews.map((r) => r.year)).toEqual([2024]);
    const review = reviews[0];
    expect(review?.meta.published).toBe('2025 (on or after 2025-01-06)');
    expect(review?.meta.sections).toEqual(SECTIONS);
    expect(Object.keys(review?.editions ?? {}).sort()).toEqual(['en', 'zh-hans']);
    expect(review?.editions['zh-hans']?.map((s) => s.id)).toEqual(SECTIONS);
    expect(review?.editions.en?.map((s) => s.id)).toEqual(SECTIONS);
    expect(review?.editions.en?.[0]?.paragraphs).toHaveLength(5);
    expect(review?.editions.en?.[0]?.paragraphs[0]?.line).toBe(6);
    expect(review?.editions['zh-hans']?.[0]?.frontmatter).toEqual({
      nav: '导语',
      kicker: '平安，民之所盼，发展之基。',
    });
    expect(glossary['safe-nantong']?.zh).toBe('平安南通');
  });
});

describe('checkContent on broken content', () => {
  test('A section missing in one edition is reported on that file, with a fix that says to write it.', () => {
    const root = copyContent();
    fs.rmSync(yearFile(root, 'en', 'outlook.mdx'));
    const { reviews, problems } = checkContent(root);
    expect(problems).toHaveLength(1);
    const p = onlyProblemIn(problems, 'reviews/2024/en/outlook.mdx');
    expect(p.message).toBe('section "outlook" is missing in the en edition');
    expect(p.fix).toMatch(/^write .*reviews\/2024\/en\/outlook\.mdx /);
    expect(reviews[0]?.editions.en?.map((s) => s.id)).toEqual(SECTIONS.slice(0, 4));
  });

  test('A review.yml with an unclosed quote is reported as not valid YAML at the line of the quote.', () => {
    const root = copyContent();
    editLines(yearFile(root, 'review.yml'), (l) => {
      expect(l[12]).toBe("  en: 'Safe Nantong: the 2024 review'");
      l[12] = "  en: 'Safe Nantong: the 2024 review";
    });
    const { reviews, problems } = checkContent(root);
    const p = onlyProblemIn(problems, 'reviews/2024/review.yml');
    expect(p.line).toBe(13);
    expect(p.message).toMatch(/^review\.yml is not valid YAML: Missing closing 'quote/);
    expect(p.fix).toContain('indentation');
    expect(reviews).toEqual([]);
  });

  test('A review.yml with a wrongly indented key is reported as not valid YAML at the line of that key.', () => {
    const root = copyContent();
    editLines(yearFile(root, 'review.yml'), (l) => {
      l[12] = " en: 'Safe Nantong: the 2024 review'";
    });
    const p = onlyProblemIn(checkContent(root).problems, 'reviews/2024/review.yml');
    expect(p.line).toBe(13);
    expect(p.message).toMatch(
      /^review\.yml is not valid YAML: All mapping items must start at the same column/,
    );
  });

  test('An unknown field in review.yml is reported by name at the line where it is written.', () => {
    const root = copyContent();
    editLines(yearFile(root, 'review.yml'), (l) => {
      l.splice(8, 0, 'titel: The 2024 review'); // becomes line 9, after `published:` on line 8
    });
    const p = onlyProblemIn(checkContent(root).problems, 'reviews/2024/review.yml');
    expect(p.message).toBe('review.yml: the file has unknown field "titel"');
    expect(p.fix).toContain('correct its spelling');
    // The field is on line 9; line 8 (the first key of the file) would send the editor elsewhere.
    expect(p.line).toBe(9);
  });

  test('An unknown field nested under title is reported by name at the line where it is written.', () => {
    const root = copyContent();
    editLines(yearFile(root, 'review.yml'), (l) => {
      l.splice(13, 0, '  fr: Nantong sûr'); // becomes line 14, after `en:` of title
    });
    const p = onlyProblemIn(checkContent(root).problems, 'reviews/2024/review.yml');
    expect(p.message).toBe('review.yml: "title" has unknown field "fr"');
    expect(p.line).toBe(14);
  });

  test('A title without its en text is reported as title.en missing, with a fix to add the en text.', () => {
    const root = copyContent();
    editLines(yearFile(root, 'review.yml'), (l) => {
      expect(l[12]).toMatch(/^ {2}en: /);
      l.splice(12, 1);
    });
    const p = onlyProblemIn(checkContent(root).problems, 'reviews/2024/review.yml');
    expect(p.message).toBe('review.yml: "title.en" is missing');
    expect(p.fix).toBe('add the en text under "title".');
    // `title:` is on line 11 and its zh-hans text on line 12.
    expect([11, 12]).toContain(p.line);
  });

  test('A published month 13 is reported as an invalid date on the published line.', () => {
    const root = copyContent();
    replaceIn(yearFile(root, 'review.yml'), 'published: 2025 (on or after 2025-01-06)', 'published: 2025-13');
    const p = onlyProblemIn(checkContent(root).problems, 'reviews/2024/review.yml');
    expect(p.line).toBe(8);
    expect(p.message).toBe(`review.yml: "published" is invalid: ${PUBLISHED_FORMS}`);
  });

  test('A published day that does not exist (30 February) is reported as an invalid date.', () => {
    const root = copyContent();
    replaceIn(
      yearFile(root, 'review.yml'),
      'published: 2025 (on or after 2025-01-06)',
      'published: 2025-02-30',
    );
    const { problems } = checkContent(root);
    const p = onlyProblemIn(problems, 'reviews/2024/review.yml');
    expect(p.line).toBe(8);
    expect(p.message).toBe('review.yml: "published" is invalid: this day does not exist');
  });

  test('A published date with a real day is accepted.', () => {
    const root = copyContent();
    replaceIn(
      yearFile(root, 'review.yml'),
      'published: 2025 (on or after 2025-01-06)',
      'published: 2025-01-06',
    );
    const { reviews, problems } = checkContent(root);
    expect(problems, formatProblems(problems)).toEqual([]);
    expect(reviews[0]?.meta.published).toBe('2025-01-06');
  });

  test('A review published before the year it reviews is reported on the published line.', () => {
    const root = copyContent();
    replaceIn(yearFile(root, 'review.yml'), 'published: 2025 (on or after 2025-01-06)', 'published: 2023-05');
    const p = onlyProblemIn(checkContent(root).problems, 'reviews/2024/review.yml');
    expect(p.line).toBe(8);
    expect(p.message).toBe('published 2023-05 is before the year under review (2024)');
  });

  test('An MDX file in a folder that is not an edition (fr) is reported on that folder.', () => {
    const root = copyContent();
    write(yearFile(root, 'fr', 'lede.mdx'), '---\nnav: Introduction\n---\n\nBonjour.\n');
    const p = onlyProblemIn(checkContent(root).problems, 'reviews/2024/fr');
    expect(p.message).toBe('"fr" is not an edition folder');
    expect(p.fix).toContain('zh-hans/ and en/');
  });

  test('A hand-written zh-hant folder is reported as an edition that is generated.', () => {
    const root = copyContent();
    write(yearFile(root, 'zh-hant', 'lede.mdx'), '---\nnav: 導語\n---\n\n回望2024年。\n');
    const p = onlyProblemIn(checkContent(root).problems, 'reviews/2024/zh-hant');
    expect(p.message).toBe(
      'the zh-hant edition is generated from zh-hans at build time; its folder is never written by hand',
    );
    expect(p.fix).toContain('content/zh-hant-phrases.yml');
  });

  test('An MDX file for a section that review.yml does not list is reported on that file.', () => {
    const root = copyContent();
    write(yearFile(root, 'en', 'closing.mdx'), '---\nnav: Closing\n---\n\nThe end.\n');
    const p = onlyProblemIn(checkContent(root).problems, 'reviews/2024/en/closing.mdx');
    expect(p.message).toBe('section "closing" is not listed in review.yml');
    expect(p.fix).toMatch(/^add "closing" to sections in .*reviews\/2024\/review\.yml/);
  });

  test('An English section with one paragraph fewer than the Chinese is reported with both counts.', () => {
    const root = copyContent();
    editLines(yearFile(root, 'en', 'lede.mdx'), (l) => {
      const last = l.findIndex((line) => line.startsWith('Over the year'));
      expect(last).toBeGreaterThan(0);
      l.splice(last - 1, 2); // the blank line before the last paragraph, and the paragraph
    });
    const p = onlyProblemIn(checkContent(root).problems, 'reviews/2024/en/lede.mdx');
    expect(p.message).toMatch(/^4 paragraphs, but the Chinese .*reviews\/2024\/zh-hans\/lede\.mdx has 5$/);
    expect(p.fix).toContain('paragraph by paragraph');
  });

  test('An English paragraph with a changed figure is reported with the Chinese figure and the line of that paragraph.', () => {
    const root = copyContent();
    replaceIn(yearFile(root, 'en', 'lede.mdx'), 'fell by 20.7%', 'fell by 20.6%');
    const p = onlyProblemIn(checkContent(root).problems, 'reviews/2024/en/lede.mdx');
    expect(p.line).toBe(lineWith(yearFile(root, 'en', 'lede.mdx'), 'fell by 20.6%'));
    expect(p.message).toMatch(
      /^the English does not state 20\.7 from the Chinese “2024年，全市刑事案件发案数下降20\.7%/,
    );
  });

  test('A Term naming no note is reported with the closest note ids in the fix.', () => {
    const root = copyContent();
    replaceIn(yearFile(root, 'en', 'lede.mdx'), '<Term id="grid-governance">', '<Term id="grid-governence">');
    const p = onlyProblemIn(checkContent(root).problems, 'reviews/2024/en/lede.mdx');
    expect(p.line).toBe(8);
    expect(p.message).toMatch(/^<Term id="grid-governence"> names no note in \S*glossary\/en\.yml$/);
    expect(p.fix).toMatch(/use one of: grid-governance, /);
  });

  test('A Term with an id far from any note still suggests three existing note ids.', () => {
    const root = copyContent();
    replaceIn(
      yearFile(root, 'en', 'outlook.mdx'),
      '<Term id="safe-china-model-city">',
      '<Term id="no-such-note">',
    );
    const { glossary, problems } = checkContent(root);
    const p = onlyProblemIn(problems, 'reviews/2024/en/outlook.mdx');
    expect(p.line).toBe(5);
    expect(p.message).toMatch(/^<Term id="no-such-note"> names no note in \S*glossary\/en\.yml$/);
    const suggested = /use one of: (.*)\.$/.exec(p.fix)?.[1]?.split(', ') ?? [];
    expect(suggested).toHaveLength(3);
    for (const id of suggested) expect(Object.keys(glossary)).toContain(id);
  });

  test('A Term id used a second time is reported there, naming where it was first used.', () => {
    const root = copyContent();
    replaceIn(
      yearFile(root, 'en', 'outlook.mdx'),
      'the city’s political-legal system will',
      'the city’s <Term id="safe-nantong">Safe Nantong</Term> political-legal system will',
    );
    const p = onlyProblemIn(checkContent(root).problems, 'reviews/2024/en/outlook.mdx');
    expect(p.line).toBe(5);
    expect(p.message).toMatch(
      /^<Term id="safe-nantong"> is used again \(first at .*reviews\/2024\/en\/lede\.mdx:6\)$/,
    );
  });

  test('An unknown frontmatter key is reported by name at its line in the MDX file.', () => {
    const root = copyContent();
    editLines(yearFile(root, 'en', 'team-building.mdx'), (l) => {
      l.splice(3, 0, 'subtitle: "Iron-strong"'); // line 4, between title (line 3) and kicker
    });
    const p = onlyProblemIn(checkContent(root).problems, 'reviews/2024/en/team-building.mdx');
    expect(p.message).toBe('the frontmatter: the file has unknown field "subtitle"');
    expect(p.line).toBe(4);
  });

  test('A frontmatter YAML error is reported at its line in the MDX file, not in the frontmatter block.', () => {
    const root = copyContent();
    editLines(yearFile(root, 'en', 'team-building.mdx'), (l) => {
      expect(l[2]).toMatch(/^title: /);
      l[2] = 'title: "Loyalty and responsibility';
    });
    const p = onlyProblemIn(checkContent(root).problems, 'reviews/2024/en/team-building.mdx');
    expect(p.line).toBe(3);
    expect(p.message).toMatch(/^the frontmatter is not valid YAML: Missing closing "quote/);
  });

  test('A section file without frontmatter is reported on its first line.', () => {
    const root = copyContent();
    const file = yearFile(root, 'en', 'outlook.mdx');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
    const { reviews, problems } = checkContent(root);
    const p = onlyProblemIn(problems, 'reviews/2024/en/outlook.mdx');
    expect(p.line).toBe(1);
    expect(p.message).toBe('no frontmatter');
    expect(p.fix).toContain('nav:');
    expect(reviews[0]?.editions.en?.map((s) => s.id)).not.toContain('outlook');
  });

  test('Several problems in different files are all reported, not just the first.', () => {
    const root = copyContent();
    fs.rmSync(yearFile(root, 'en', 'outlook.mdx'));
    replaceIn(yearFile(root, 'en', 'lede.mdx'), 'fell by 20.7%', 'fell by 20.6%');
    replaceIn(
      yearFile(root, 'en', 'political-leadership.mdx'),
      '<Term id="two-upholds">',
      '<Term id="two-uphold">',
    );
    write(yearFile(root, 'fr', 'lede.mdx'), '---\nnav: Introduction\n---\n\nBonjour.\n');
    const { problems } = checkContent(root);
    expect(problems.map((p) => [p.file.replace(/^.*reviews\/2024\//, ''), p.line]).sort()).toEqual(
      [
        ['en/lede.mdx', lineWith(yearFile(root, 'en', 'lede.mdx'), 'fell by 20.6%')],
        ['en/outlook.mdx', undefined],
        [
          'en/political-leadership.mdx',
          lineWith(yearFile(root, 'en', 'political-leadership.mdx'), '<Term id="two-uphold">'),
        ],
        ['fr', undefined],
      ].sort(),
    );
  });

  test('A year folder without review.yml is reported, and an entry that is not a year folder too.', () => {
    const root = copyContent();
    fs.rmSync(yearFile(root, 'review.yml'));
    write(path.join(root, 'reviews', 'notes.txt'), 'x');
    const { reviews, problems } = checkContent(root);
    expect(reviews).toEqual([]);
    expect(onlyProblemIn(problems, 'reviews/2024/review.yml').message).toBe('review.yml is missing');
    expect(onlyProblemIn(problems, 'reviews/notes.txt').message).toBe('"notes.txt" is not a year folder');
  });
});

describe('formatProblems', () => {
  test('It prints the count, then each problem as file:line — message with its fix, in file and line order.', () => {
    const text = formatProblems([
      { file: 'content/reviews/2024/en/lede.mdx', line: 10, message: 'second', fix: 'fix two' },
      { file: 'content/reviews/2024/en/lede.mdx', line: 8, message: 'first', fix: 'fix one' },
      { file: 'content/reviews/2024/review.yml', message: 'no line', fix: 'fix three' },
    ]);
    expect(text.split('\n')).toEqual([
      'Content check found 3 problems:',
      '',
      'content/reviews/2024/en/lede.mdx:8 — first',
      '    fix: fix one',
      '',
      'content/reviews/2024/en/lede.mdx:10 — second',
      '    fix: fix two',
      '',
      'content/reviews/2024/review.yml — no line',
      '    fix: fix three',
      '',
    ]);
  });

  test('It says "1 problem" in the singular and formats a real problem from checkContent.', () => {
    const root = copyContent();
    replaceIn(yearFile(root, 'en', 'lede.mdx'), 'fell by 20.7%', 'fell by 20.6%');
    const text = formatProblems(checkContent(root).problems);
    const line = lineWith(yearFile(root, 'en', 'lede.mdx'), 'fell by 20.6%');
    expect(text).toMatch(/^Content check found 1 problem:\n\n/);
    expect(text).toMatch(
      new RegExp(`reviews/2024/en/lede\\.mdx:${line} — the English does not state 20\\.7 from the Chinese`),
    );
    expect(text).toMatch(/\n {4}fix: write every Arabic-numeral figure/);
  });
});
