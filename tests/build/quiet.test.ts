import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentCopies, REAL_CONTENT } from '../helpers/content.ts';
import { tempBuilds } from '../helpers/build.ts';
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
  test('prints no warning, at most 50 lines, and no more for three years (one without figures) than for one', () => {
    const one = build(REAL_CONTENT, fresh());
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
    expect(lines(two.output)).toBe(lines(one.output));
  });
});

describe('the build logger', () => {
  test('drops route lines and keeps everything else', () => {
    expect(isRouteListing({ label: null, level: 'info', message: '  \u001b[34m├─\u001b[39m \u001b[2m/en/2024/index.html\u001b[22m' })).toBe(true);
    expect(isRouteListing({ label: null, level: 'info', message: '  └─ /index.html' })).toBe(true);
    expect(isRouteListing({ label: null, level: 'warn', message: '  ├─ /x' })).toBe(false);
    expect(isRouteListing({ label: 'build', level: 'info', message: '11 page(s) built' })).toBe(false);
  });
});
