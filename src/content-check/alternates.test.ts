import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readingSegments } from '../config/locales.ts';
import { latestByEdition, reviewAlternates, xDefaultSegment } from '../reviews/alternates.ts';
import { checkContent } from './load.ts';
import { pick } from '../reviews/localize.ts';
import { editionText } from '../reviews/schema.ts';
import { formatProblems, type Problem } from '../content-files/problems.ts';
import { declaredEditions } from '../config/editions.ts';
import { contentCopies } from '../../tests/helpers/content.ts';

const { copyContent, yearFile } = contentCopies('editions');

/**
 * review.yml `editions`: a year may be written in zh-hans only (the translation to follow). The
 * content check then asks for no English, and pages and links offer the year only where it exists.
 */

/** Puts `editions: …` on the line before `published:` in the 2024 review.yml. */
function declare(root: string, editions: string): void {
  const file = yearFile(root, 'review.yml');
  const text = fs.readFileSync(file, 'utf8');
  expect(text).toMatch(/^published:/m);
  fs.writeFileSync(file, text.replace(/^published:/m, `editions: ${editions}\npublished:`));
}

/** review.yml without any `en:` text (as an editor of a zh-hans-only year would write it). */
function dropEnglishText(root: string): void {
  const file = yearFile(root, 'review.yml');
  const text = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => !/^\s+en: /.test(l))
    .join('\n')
    .replace(/, en: [^}]*\}/g, ' }');
  expect(text).not.toMatch(/\ben: /);
  fs.writeFileSync(file, text);
}

function onlyProblemIn(problems: Problem[], ending: string): Problem {
  const found = problems.filter((p) => p.file.endsWith(ending));
  expect(found, `expected exactly one problem in …${ending}, got:\n${formatProblems(problems)}`).toHaveLength(
    1,
  );
  return found[0] as Problem;
}

describe('which editions a year has', () => {
  test('A year without an editions field has every written edition, and its reading editions are all three.', () => {
    expect(declaredEditions({})).toEqual(['zh-hans', 'en']);
    expect(readingSegments(declaredEditions({}))).toEqual(['zh-hans', 'zh-hant', 'en']);
  });

  test('A year written in zh-hans only is read in zh-hans and zh-hant, in table order whatever the order written.', () => {
    expect(readingSegments(declaredEditions({ editions: ['zh-hans'] }))).toEqual(['zh-hans', 'zh-hant']);
    expect(readingSegments(declaredEditions({ editions: ['en', 'zh-hans'] }))).toEqual([
      'zh-hans',
      'zh-hant',
      'en',
    ]);
  });

  test('Review alternates and x-default name only the editions the review has; x-default falls back to zh-hans without English.', () => {
    const zhOnly = { year: 2025, editions: readingSegments(['zh-hans']) };
    expect(reviewAlternates(zhOnly)).toEqual({ 'zh-hans': 'zh-hans/2025/', 'zh-hant': 'zh-hant/2025/' });
    expect(xDefaultSegment(zhOnly)).toBe('zh-hans');
    const all = { year: 2024, editions: readingSegments(['zh-hans', 'en']) };
    expect(reviewAlternates(all)).toEqual({
      'zh-hans': 'zh-hans/2024/',
      'zh-hant': 'zh-hant/2024/',
      en: 'en/2024/',
    });
    expect(xDefaultSegment(all)).toBe('en');
  });

  test('The latest review of each edition is that edition’s newest year, whatever order the reviews come in.', () => {
    const r2023 = { year: 2023, editions: readingSegments(['zh-hans', 'en']) };
    const r2024 = { year: 2024, editions: readingSegments(['zh-hans', 'en']) };
    const r2025 = { year: 2025, editions: readingSegments(['zh-hans']) };
    expect(latestByEdition([r2023, r2025, r2024])).toEqual({ 'zh-hans': r2025, 'zh-hant': r2025, en: r2024 });
    expect(latestByEdition([])).toEqual({});
  });

  test('Asking a review for the text of an edition it does not have throws rather than show another edition’s words.', () => {
    const text = editionText.parse({ 'zh-hans': '2025年“平安南通”年度回眸' });
    expect(pick(text, 'zh-hans')).toBe(text['zh-hans']);
    expect(pick(text, 'zh-hant')).toBe('2025年「平安南通」年度回眸');
    expect(() => pick(text, 'en')).toThrow(/no en edition/);
  });
});

describe('checkContent and review.yml editions', () => {
  test('A year declaring editions: [zh-hans] with no en/ folder and no English text in review.yml has no problems.', () => {
    const root = copyContent();
    declare(root, '[zh-hans]');
    fs.rmSync(yearFile(root, 'en'), { recursive: true });
    dropEnglishText(root);
    const { reviews, problems } = checkContent(root);
    expect(problems, formatProblems(problems)).toEqual([]);
    expect(reviews[0]?.written).toEqual(['zh-hans']);
    expect(Object.keys(reviews[0]?.editions ?? {})).toEqual(['zh-hans']);
    expect(reviews[0]?.meta.title.en).toBeUndefined();
  });

  test('A year with every edition still needs its English text in review.yml: a missing title.en is reported.', () => {
    const root = copyContent();
    dropEnglishText(root);
    const { problems } = checkContent(root);
    const titles = problems.filter((p) => p.message === 'review.yml: "title.en" is missing');
    expect(titles, formatProblems(problems)).toHaveLength(1);
    expect(titles[0]?.fix).toBe('add the en text under "title".');
  });

  test('A missing en/ folder of a year that has English is reported, with the editions line as the other fix.', () => {
    const root = copyContent();
    fs.rmSync(yearFile(root, 'en'), { recursive: true });
    const { problems } = checkContent(root);
    const p = onlyProblemIn(problems, 'reviews/2024/en');
    expect(p.message).toBe('the en edition folder is missing');
    expect(p.fix).toMatch(/^create .*reviews\/2024\/en\/ with one \.mdx file per section: lede, /);
    expect(p.fix).toContain('write "editions: [zh-hans]" in');
  });

  test('A missing en/ folder of a year that declares en explicitly is still reported.', () => {
    const root = copyContent();
    declare(root, '[zh-hans, en]');
    fs.rmSync(yearFile(root, 'en'), { recursive: true });
    expect(onlyProblemIn(checkContent(root).problems, 'reviews/2024/en').message).toBe(
      'the en edition folder is missing',
    );
  });

  test('An en/ folder in a year that lists only zh-hans is reported as text that would not be published.', () => {
    const root = copyContent();
    declare(root, '[zh-hans]');
    const { reviews, problems } = checkContent(root);
    const p = onlyProblemIn(problems, 'reviews/2024/en');
    expect(p.message).toBe(
      'the folder en/ is here, but review.yml lists only zh-hans under editions, so it would not be published',
    );
    expect(p.fix).toMatch(/^add en to editions in .*review\.yml/);
    expect(reviews[0]?.editions.en).toBeUndefined();
  });

  test('editions naming zh-hant is reported at its line as generated, not written.', () => {
    const root = copyContent();
    declare(root, '[zh-hans, zh-hant]');
    const p = onlyProblemIn(checkContent(root).problems, 'reviews/2024/review.yml');
    expect(p.message).toBe(
      'review.yml: entry 2 under "editions" is invalid: zh-hant is generated from zh-hans and is never listed',
    );
    expect(p.line).toBe(8);
  });

  test('editions without zh-hans is reported: the canonical text is in every year.', () => {
    const root = copyContent();
    declare(root, '[en]');
    const p = onlyProblemIn(checkContent(root).problems, 'reviews/2024/review.yml');
    expect(p.message).toBe(
      'review.yml: "editions" is invalid: zh-hans is the canonical text and every year has it',
    );
    expect(p.fix).toBe('list zh-hans, e.g. editions: [zh-hans] or editions: [zh-hans, en].');
  });

  test('editions naming an unknown edition, or one edition twice, is reported in words an editor understands.', () => {
    const root = copyContent();
    declare(root, '[zh-hans, fr]');
    expect(onlyProblemIn(checkContent(root).problems, 'reviews/2024/review.yml').message).toBe(
      'review.yml: entry 2 under "editions" is invalid: "fr" is not a written edition (they are zh-hans, en)',
    );
    const again = copyContent();
    declare(again, '[zh-hans, zh-hans]');
    expect(onlyProblemIn(checkContent(again).problems, 'reviews/2024/review.yml').message).toBe(
      'review.yml: "editions" is invalid: an edition is listed twice',
    );
  });
});
