import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT, runBuild } from '../helpers/build.ts';
import { contentCopies } from '../helpers/content.ts';

/**
 * A `dist` that is a symbolic link (to a web server's folder): the build replaces the contents of
 * the link's target whole and keeps the link, or refuses clearly before building when the link
 * leads nowhere or to the project itself. A failed build leaves the target as it was.
 */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-dist-link-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const { copyContent } = contentCopies('dist-link');

function build(out: string, content?: string) {
  return runBuild({
    via: 'tools',
    timeout: 180_000,
    env: {
      OUT_DIR: out,
      ASTRO_CACHE_DIR: path.join(tmp, 'cache'),
      ...(content ? { CONTENT_DIR: content } : {}),
    },
  });
}

describe('a symlinked dist', () => {
  test('a link that leads nowhere, or to the project, is refused before building', () => {
    const dangling = path.join(tmp, 'dangling');
    fs.symlinkSync(path.join(tmp, 'nowhere'), dangling);
    const r = build(dangling);
    expect(r.status, r.output).toBe(1);
    expect(r.output).toMatch(/Build refused: .*dangling is a link to .*nowhere, which does not exist/);
    expect(r.output).not.toMatch(/astro|vite/i);
    const toProject = path.join(tmp, 'to-project');
    fs.symlinkSync(ROOT, toProject);
    expect(build(toProject).output).toMatch(/which holds the project itself/);
    expect(fs.lstatSync(toProject).isSymbolicLink()).toBe(true);
  });

  test('the link stays; its target gets the new build whole; a failed build leaves it as it was', () => {
    const www = path.join(tmp, 'www', 'site');
    fs.mkdirSync(www, { recursive: true });
    fs.writeFileSync(path.join(www, 'stale.html'), 'previous build');
    const link = path.join(tmp, 'dist');
    fs.symlinkSync(www, link);

    const content = copyContent();
    const outlook = path.join(content, 'reviews/2024/en/outlook.mdx');
    const good = fs.readFileSync(outlook, 'utf8');
    fs.writeFileSync(outlook, good.replace('\n---\n', '\n---\t\n'));
    const failed = build(link, content);
    expect(failed.status, failed.output).toBe(1);
    expect(fs.readdirSync(www)).toEqual(['stale.html']);

    fs.writeFileSync(outlook, good);
    const r = build(link, content);
    expect(r.status, r.output).toBe(0);
    expect(r.output).toContain(`a link: the build replaced the contents of ${www}`);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readlinkSync(link)).toBe(www);
    expect(fs.existsSync(path.join(www, 'index.html'))).toBe(true);
    expect(fs.existsSync(path.join(www, 'stale.html'))).toBe(false);
    expect(fs.readdirSync(path.dirname(www))).toEqual(['site']);
  }, 240_000);
});
