import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { astroCacheDir } from '../../src/config/paths.ts';
import { syntheticContent } from '../../tools/bench/synthetic.ts';
import { ROOT } from '../helpers/build.ts';
import { tempBuilds } from '../helpers/temp-builds.ts';

/**
 * Builds of other content trees (a synthetic archive, a fixture) with no ASTRO_CACHE_DIR of their
 * own: Astro's content store keeps each entry's file path, so with one shared cache, a build after
 * one of a tree since deleted failed to resolve that tree's files. Each tree has its own cache.
 */
const build = tempBuilds('cache');

describe("Astro's cache", () => {
  test('is one folder per content tree, the real one under node_modules/.astro, unless ASTRO_CACHE_DIR says', () => {
    expect(astroCacheDir({})).toBe('./node_modules/.astro');
    expect(astroCacheDir({ CONTENT_DIR: 'content' })).toBe('./node_modules/.astro');
    const a = astroCacheDir({ CONTENT_DIR: '/tmp/a' });
    expect(a).toMatch(/^\.\/node_modules\/\.astro\/tree-[0-9a-f]{12}$/);
    expect(astroCacheDir({ CONTENT_DIR: '/tmp/b' })).not.toBe(a);
    expect(astroCacheDir({ CONTENT_DIR: '/tmp/a', ASTRO_CACHE_DIR: '/x' })).toBe('/x');
  });

  test('a tree builds after another tree, built and then deleted, with no ASTRO_CACHE_DIR set', () => {
    // Two years each (the real one and a synthetic copy, which has no charts), as the bench builds them.
    const temps = [1, 2].map(() => fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-cache-tree-')));
    const [first, second] = temps.map((t) => syntheticContent(2, t, ROOT)) as [string, string];
    const caches = [first, second].map((c) => path.join(ROOT, astroCacheDir({ CONTENT_DIR: c })));
    try {
      const one = build(first, { ASTRO_CACHE_DIR: undefined });
      expect(one.status, one.output).toBe(0);
      fs.rmSync(first, { recursive: true, force: true });
      const two = build(second, { ASTRO_CACHE_DIR: undefined });
      expect(two.status, two.output).toBe(0);
    } finally {
      for (const d of [...caches, ...temps]) fs.rmSync(d, { recursive: true, force: true });
    }
    // Two builds: the builds' own time limit, not Vitest's 60 s (a loaded machine took longer).
  }, 480_000);
});
