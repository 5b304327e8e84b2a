import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentCopies, REAL_CONTENT } from '../helpers/content.ts';
import { tempBuilds, type TempBuild } from '../helpers/temp-builds.ts';
import { isRouteListing } from '../../src/build/logger.ts';

/**
 * A clean build is quiet and honest: a newcomer's first `npm run build` shows the lines that
 * matter (content check, search index, publishing) and no warning, and the output does not grow
 * with the archive. Any new warning (ours or upstream) fails here, so it gets looked at.
 */
const build = tempBuilds('quiet');
const { copyContent } = contentCopies('quiet');
const FIXTURE_2025 = new URL('../fixtures/years/2025/', import.meta.url);
/** A first-time machine: no Astro config home (where the telemetry notice is remembered), no opt-out in the environment. */
const fresh = (): NodeJS.ProcessEnv => ({
  ASTRO_TELEMETRY_DISABLED: undefined,
  XDG_CONFIG_HOME: fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-quiet-home-')),
});

function warnings(output: string): string[] {
  return output.split('\n').filter((line) => /\bwarn(ing)?\b/iu.test(line));
}

describe('a clean build', () => {
  // One build of the real content serves both tests. CONTENT_CHECK_TRACE (src/content-check/load.ts)
  // makes every run of checkContent, in any module graph of the build process, append a line.
  const trace = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-trace-')), 'runs.log');
  let one: TempBuild;
  // A build, so the build's own time limit: Vitest's 10 s default for hooks fails it on a busy machine.
  beforeAll(() => {
    one = build(REAL_CONTENT, { ...fresh(), CONTENT_CHECK_TRACE: trace });
  }, 240_000);
  afterAll(() => fs.rmSync(path.dirname(trace), { recursive: true, force: true }));

  test('checks the content exactly once (one road: pages read figures through the content layer), and the charts still link each figure to its paragraph', () => {
    expect(one.status, one.output).toBe(0);
    const runs = fs.readFileSync(trace, 'utf8').trim().split('\n');
    expect(runs).toEqual([`checkContent ${REAL_CONTENT.replace(/\/$/, '')}`]);
    const page = fs.readFileSync(path.join(one.out, 'en', '2024', 'index.html'), 'utf8');
    expect(page).toMatch(/<a[^>]+href="#lede-\d+"/);
  });

  test('prints no warning, at most 50 lines, and no more for three years (one without figures) than for one', () => {
    expect(one.status, one.output).toBe(0);
    const content = copyContent();
    fs.cpSync(FIXTURE_2025, path.join(content, 'reviews', '2025'), { recursive: true });
    // And a year with no figures: no stats.yml, no charts in its text.
    const noFigures = path.join(content, 'reviews', '2023');
    fs.cpSync(FIXTURE_2025, noFigures, { recursive: true });
    fs.rmSync(path.join(noFigures, 'stats.yml'));
    for (const edition of ['zh-hans', 'en']) {
      for (const file of fs.readdirSync(path.join(noFigures, edition))) {
        const mdx = path.join(noFigures, edition, file);
        fs.writeFileSync(mdx, fs.readFileSync(mdx, 'utf8').replace(/^<Chart [^>]*\/>\n/gm, ''));
      }
    }
    const two = build(content, fresh());
    expect(two.status, two.output).toBe(0);
    expect(two.output).toMatch(/content OK: 2025, 2024, 2023/);

    for (const run of [one, two]) {
      expect(warnings(run.output)).toEqual([]);
      expect(run.output).not.toMatch(/telemetry/iu);
    }
    const lines = (s: string) => s.trim().split('\n').length;
    expect(lines(one.output)).toBeLessThanOrEqual(50);
    // "No more": a busy machine can add a progress line to either build, so equality was a race
    // (27 lines for one year against 26 for three, seen under load); growth with the archive is not.
    expect(lines(two.output), `${one.output}\n----\n${two.output}`).toBeLessThanOrEqual(lines(one.output));
    // A build of three years: the build's time limit, not Vitest's 60 s (a loaded machine took longer).
  }, 240_000);
});

describe('the build logger', () => {
  test('drops route lines and keeps everything else', () => {
    expect(
      isRouteListing({
        label: null,
        level: 'info',
        message: '  \u001b[34m├─\u001b[39m \u001b[2m/en/2024/index.html\u001b[22m',
      }),
    ).toBe(true);
    expect(isRouteListing({ label: null, level: 'info', message: '  └─ /index.html' })).toBe(true);
    expect(isRouteListing({ label: null, level: 'warn', message: '  ├─ /x' })).toBe(false);
    expect(isRouteListing({ label: 'build', level: 'info', message: '11 page(s) built' })).toBe(false);
  });
});
