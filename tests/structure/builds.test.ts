import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/build.ts';

/**
 * One helper starts every build a test needs (tests/helpers/build.ts, `runBuild`), so the Astro
 * processes a test run costs are counted in one place and each new one is a visible choice
 * (issue 26: about 54 per `npm test` before, most of them replaceable by in-process checks).
 */
const HELPER = path.join('tests', 'helpers', 'build.ts');
/** The ways a build is started: Astro's CLI, the atomic build tool, the npm script. */
const STARTS_A_BUILD = [
  /['"]astro['"],\s*\[?\s*['"]build['"]/,
  /astro\/bin\/astro\.mjs/,
  /execPath,\s*\[\s*['"]tools\/build\.ts['"]/,
  /['"]run['"],\s*(['"]--silent['"],\s*)?['"]build['"]/,
];

function testFiles(): string[] {
  return ['tests', 'e2e', 'e2e-engines'].flatMap((d) =>
    (fs.readdirSync(path.join(ROOT, d), { recursive: true }) as string[])
      .filter((f) => /\.(ts|mjs)$/.test(f))
      .map((f) => path.join(d, f)),
  );
}

describe('tests start builds only through tests/helpers/build.ts', () => {
  test('the patterns find the helper itself (they can match)', () => {
    const helper = fs.readFileSync(path.join(ROOT, HELPER), 'utf8');
    expect(STARTS_A_BUILD.filter((re) => re.test(helper)).length).toBeGreaterThanOrEqual(3);
  });

  test('no other test file starts a build', () => {
    const self = path.join('tests', 'structure', 'builds.test.ts');
    const others = testFiles().filter((f) => f !== HELPER && f !== self);
    const starting = others.filter((f) => {
      const text = fs.readFileSync(path.join(ROOT, f), 'utf8');
      return STARTS_A_BUILD.some((re) => re.test(text));
    });
    expect(starting, 'start the build with runBuild from tests/helpers/build.ts').toEqual([]);
  });
});
