import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/load.ts';
import { formatProblems } from '../../src/content-files/problems.ts';
import { contentCopies } from '../helpers/content.ts';
import { compileAsAstro, compileError } from '../helpers/mdx.ts';

/**
 * Frontmatter closers (issue 21), in process: no Astro build is needed to see how the compiler
 * splits a file, because tests/helpers/mdx.ts compiles as @astrojs/mdx does. Each closer is
 * tried with the content check on (checkContent over a content copy) and off (the guard inside
 * the compiler alone). The real builds of the worst two are hostile cases (cases.ts).
 */
const { copyContent, yearFile } = contentCopies('frontmatter');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-closers-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const canary = path.join(tmp, 'canary');
const payload = `export const x = (await import('node:fs')).writeFileSync(${JSON.stringify(canary)}, 'ran');`;
const TEXT = 'The year 2025 is the final year.';

/** A section file whose frontmatter is closed by `closer`; `eol` the line ending, `bom` a BOM. */
const file = (closer: string, { eol = '\n', bom = '' } = {}) =>
  bom + ['---', 'nav: "Outlook"', closer, payload, '---', '', TEXT, ''].join(eol);

const CLOSERS: [string, string, { eol?: string; bom?: string }?][] = [
  ['---<tab>', '---\t'],
  ['---{…}', `---{(await import('node:fs')).writeFileSync(${JSON.stringify(canary)}, 'ran')}`],
  ['----', '----'],
  ['--- #…', '--- # closes here for Astro, not for a YAML reader'],
  ['---<space>', '--- '],
  ['+++', '+++'],
  ['---<tab> with CRLF line ends', '---\t', { eol: '\r\n' }],
  ['---<tab> after a BOM', '---\t', { bom: '\uFEFF' }],
];

describe('a frontmatter closer the compiler reads differently fails, with file and line', () => {
  test.each(CLOSERS)('%s: content check on', (_name, closer, opts) => {
    const content = copyContent();
    const f = yearFile(content, 'en', 'outlook.mdx');
    fs.writeFileSync(f, file(closer, opts));
    const { problems } = checkContent(content);
    const named = problems.filter((p) => p.file.endsWith('reviews/2024/en/outlook.mdx'));
    expect(
      named.map((p) => p.line),
      formatProblems(problems),
    ).toContain(3);
    expect(named.every((p) => p.fix.length > 10)).toBe(true);
    expect(fs.existsSync(canary)).toBe(false);
  });

  test.each(CLOSERS)('%s: content check off, the guard inside the compiler', async (_name, closer, opts) => {
    const at = path.join(tmp, 'reviews', '2024', 'en', 'outlook.mdx');
    fs.mkdirSync(path.dirname(at), { recursive: true });
    fs.writeFileSync(at, file(closer, opts));
    const error = await compileError(file(closer, opts), at);
    expect(error?.message).toMatch(/outlook\.mdx:3 — /);
    expect(error?.message).toMatch(/fix: /);
    expect(fs.existsSync(canary)).toBe(false);
  });

  test('the strict form passes both, in LF, CRLF and after a BOM (the tests can pass)', async () => {
    const real = fs.readFileSync(yearFile(copyContent(), 'en', 'outlook.mdx'), 'utf8');
    for (const { eol, bom } of [
      { eol: '\n', bom: '' },
      { eol: '\r\n', bom: '' },
      { eol: '\n', bom: '\uFEFF' },
    ]) {
      const ok = bom + real.split('\n').join(eol);
      const content = copyContent();
      const f = yearFile(content, 'en', 'outlook.mdx');
      fs.writeFileSync(f, ok);
      await expect(compileAsAstro(ok, f)).resolves.toBeDefined();
      expect(checkContent(content).problems).toEqual([]);
    }
  });
});
