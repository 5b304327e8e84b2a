import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { distBelowFloor } from '../../src/publish/header-floor.ts';
import { runBuild } from '../helpers/build.ts';
import { distDir } from './dist.ts';

/**
 * The security-header floor at build (src/publish/header-floor.ts): the build's own _headers
 * meets it, and a build whose _headers is weakened after the publishing kit wrote it is not
 * published (the previous output stays as it was).
 */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-floor-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the security-header floor at build', () => {
  test("dist/'s own _headers meets it for every page and file.", () => {
    expect(distBelowFloor(distDir, '/')).toEqual([]);
  });

  test('A _headers weakened after the publish step fails the build, which publishes nothing.', () => {
    const out = path.join(tmp, 'dist');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'index.html'), 'previous build');
    const r = runBuild({
      via: 'tools',
      config: 'tests/build/weak-headers.config.mjs',
      env: { OUT_DIR: out, ASTRO_CACHE_DIR: path.resolve('.tmp/cache-floor') },
    });
    const output = r.output;
    expect(output).toMatch(/_headers falls below the security-header floor/);
    expect(output).toMatch(/\/en\/2024\/: Content-Security-Policy is missing/);
    expect(output).toMatch(/Strict-Transport-Security is missing/);
    expect(output).toMatch(/is unchanged: the previous build is still there/);
    expect(r.status).toBe(1);
    expect(fs.readdirSync(out)).toEqual(['index.html']);
  }, 240_000);
});
