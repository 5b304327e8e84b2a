import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runBuild } from '../helpers/build.ts';

/**
 * Bad content fails the real build with a message naming the file and the fix (not a stack
 * trace alone). Each case copies content/ to a temp folder, breaks one thing, and runs
 * `astro build` on it with its own output and cache folders, so dist/ is untouched.
 */
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) fs.rmSync(t, { recursive: true, force: true });
});

function buildWith(breakIt: (content: string) => void): { status: number | null; output: string } {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-bad-'));
  temps.push(tmp);
  const content = path.join(tmp, 'content');
  fs.cpSync('content', content, { recursive: true });
  breakIt(content);
  // buildEnv (in runBuild) keeps Vitest's own BASE_URL / MODE / NODE_ENV out of the child build.
  return runBuild({
    via: 'astro',
    env: { CONTENT_DIR: content, OUT_DIR: path.join(tmp, 'dist'), ASTRO_CACHE_DIR: path.join(tmp, 'cache') },
  });
}

describe('the build refuses bad content', () => {
  test('a section missing in one edition fails the build naming the file and the fix', () => {
    const r = buildWith((c) => fs.rmSync(path.join(c, 'reviews/2024/en/team-building.mdx')));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/reviews\/2024\/en\/team-building\.mdx — section "team-building" is missing in the en edition/);
    expect(r.output).toMatch(/fix: write .*team-building\.mdx/);
  });

  test('a malformed review.yml fails the build naming the file and line', () => {
    const r = buildWith((c) => {
      const f = path.join(c, 'reviews/2024/review.yml');
      fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace('title:\n  zh-hans:', 'title:\n zh-hans: "unclosed\n  zh-hans:'));
    });
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/reviews\/2024\/review\.yml:\d+ — review\.yml is not valid YAML/);
    expect(r.output).toContain('fix: check indentation');
  });

  test('an MDX file in an unknown edition folder fails the build naming the folder', () => {
    const r = buildWith((c) => {
      fs.mkdirSync(path.join(c, 'reviews/2024/zh-tw'));
      fs.copyFileSync(path.join(c, 'reviews/2024/zh-hans/lede.mdx'), path.join(c, 'reviews/2024/zh-tw/lede.mdx'));
    });
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/reviews\/2024\/zh-tw — "zh-tw" is not an edition folder/);
    expect(r.output).toContain('editions are written in zh-hans/ and en/');
  });

  test('malformed MDX fails the build naming the file, the line and the fix', () => {
    const r = buildWith((c) => fs.appendFileSync(path.join(c, 'reviews/2024/zh-hans/outlook.mdx'), '\n\n一段 {未闭合\n'));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/reviews\/2024\/zh-hans\/outlook\.mdx:\d+ — MDX reads "\{"/);
  });

  test('the real content builds (the harness itself works)', () => {
    const r = buildWith(() => {});
    expect(r.output).toContain('content OK: 2024');
    expect(r.status).toBe(0);
  });
});
