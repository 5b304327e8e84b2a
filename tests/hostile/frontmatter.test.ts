import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { mdxToJs } from 'satteri';
import { afterAll, describe, expect, test } from 'vitest';
import { mdxSafety } from '../../src/integrations/mdx-safety.ts';
import { paragraphIds } from '../../src/reviews/paragraph-ids.ts';
import { checkContent } from '../../src/content-check/load.ts';
import { formatProblems } from '../../src/content-files/problems.ts';
import { contentCopies } from '../helpers/content.ts';

/**
 * Frontmatter closers (issue 21), in process: no Astro build is needed to see how the compiler
 * splits a file, because the compile below is @astrojs/mdx's own two steps (parseFrontmatter
 * with 'empty-with-spaces', then satteri's mdxToJs with the project's plugins). Each closer is
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

/** What @astrojs/mdx 8 does with an .mdx file: split by parseFrontmatter, compile the rest. */
async function compileAsAstro(source: string, at: string) {
  const { content } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
  return mdxToJs(content, { mdastPlugins: [mdxSafety, paragraphIds], fileURL: pathToFileURL(at) });
}

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
    const error = await compileAsAstro(file(closer, opts), at).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
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
