import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempBuilds } from '../helpers/build.ts';
import { REAL_CONTENT } from '../helpers/content.ts';

/**
 * One road from content to page (issue 13): the build checks the content once, in the
 * content-check integration, and pages read figures through Astro's content layer, never by
 * running the check again. CONTENT_CHECK_TRACE (src/reviews/load.ts) makes every run of
 * checkContent, in any module graph of the build process, append a line to a file.
 */
const build = tempBuilds('check-once');

describe('the content check in a build', () => {
  test('runs exactly once, and the charts still link each figure to its paragraph', () => {
    const trace = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-trace-')), 'runs.log');
    const result = build(REAL_CONTENT, { CONTENT_CHECK_TRACE: trace });
    expect(result.status, result.output).toBe(0);
    const runs = fs.readFileSync(trace, 'utf8').trim().split('\n');
    expect(runs).toEqual([`checkContent ${REAL_CONTENT.replace(/\/$/, '')}`]);
    // The figures reached the page by the content layer: a source link to a numbered paragraph.
    const page = fs.readFileSync(path.join(result.out, 'en', '2024', 'index.html'), 'utf8');
    expect(page).toMatch(/<a[^>]+href="#lede-\d+"/);
    fs.rmSync(path.dirname(trace), { recursive: true, force: true });
  });
});
