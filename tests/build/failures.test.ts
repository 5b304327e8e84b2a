import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatProblems } from '../../src/content-files/problems.ts';
import { checkContent } from '../../src/content-check/load.ts';
import { runBuild } from '../helpers/build.ts';

/**
 * Bad content fails the build with a message naming the file and the fix (not a stack trace
 * alone). Each case copies content/ to a temp folder and breaks one thing. The content check the
 * build runs first is run in process (no Astro build needed to read its message); one case is
 * built for real, with its own output and cache folders (dist/ untouched), to show the build
 * stops on that same message.
 */
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) fs.rmSync(t, { recursive: true, force: true });
});

function broken(breakIt: (content: string) => void): { tmp: string; content: string } {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-bad-'));
  temps.push(tmp);
  const content = path.join(tmp, 'content');
  fs.cpSync('content', content, { recursive: true });
  breakIt(content);
  return { tmp, content };
}

/** The content check over a broken copy: failed or not, and its report as the build prints it. */
function checkWith(breakIt: (content: string) => void): { status: number; output: string } {
  const { problems } = checkContent(broken(breakIt).content);
  return { status: problems.length > 0 ? 1 : 0, output: formatProblems(problems) };
}

function buildWith(breakIt: (content: string) => void): { status: number | null; output: string } {
  const { tmp, content } = broken(breakIt);
  // buildEnv (in runBuild) keeps Vitest's own BASE_URL / MODE / NODE_ENV out of the child build.
  return runBuild({
    via: 'astro',
    env: { CONTENT_DIR: content, OUT_DIR: path.join(tmp, 'dist'), ASTRO_CACHE_DIR: path.join(tmp, 'cache') },
  });
}

describe('the content check the build runs refuses bad content', () => {
  test('a section missing in one edition fails the build naming the file and the fix', () => {
    const r = checkWith((c) => fs.rmSync(path.join(c, 'reviews/2024/en/team-building.mdx')));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(
      /reviews\/2024\/en\/team-building\.mdx — section "team-building" is missing in the en edition/,
    );
    expect(r.output).toMatch(/fix: write .*team-building\.mdx/);
  });

  test('a malformed review.yml fails the build naming the file and line', () => {
    const r = checkWith((c) => {
      const f = path.join(c, 'reviews/2024/review.yml');
      fs.writeFileSync(
        f,
        fs.readFileSync(f, 'utf8').replace('title:\n  zh-hans:', 'title:\n zh-hans: "unclosed\n  zh-hans:'),
      );
    });
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/reviews\/2024\/review\.yml:\d+ — review\.yml is not valid YAML/);
    expect(r.output).toContain('fix: check indentation');
  });

  test('an MDX file in an unknown edition folder fails the build naming the folder', () => {
    const r = checkWith((c) => {
      fs.mkdirSync(path.join(c, 'reviews/2024/zh-tw'));
      fs.copyFileSync(
        path.join(c, 'reviews/2024/zh-hans/lede.mdx'),
        path.join(c, 'reviews/2024/zh-tw/lede.mdx'),
      );
    });
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/reviews\/2024\/zh-tw — "zh-tw" is not an edition folder/);
    expect(r.output).toContain('editions are written in zh-hans/ and en/');
  });

  test('the real content passes (the harness itself works)', () => {
    expect(checkWith(() => {})).toEqual({ status: 0, output: expect.any(String) });
  });
});

describe('the real build stops on that message', () => {
  test('malformed MDX fails the build naming the file, the line and the fix', () => {
    const r = buildWith((c) =>
      fs.appendFileSync(path.join(c, 'reviews/2024/zh-hans/outlook.mdx'), '\n\n一段 {未闭合\n'),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/reviews\/2024\/zh-hans\/outlook\.mdx:\d+ — MDX reads "\{"/);
    expect(r.output).toContain('fix: ');
  }, 240_000);
});
