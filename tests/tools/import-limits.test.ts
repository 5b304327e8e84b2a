import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/build.ts';
import { htmlDepth, MAX_HTML_DEPTH, MAX_INPUT_BYTES } from '../../tools/import/input-limits.ts';
import { lastYear } from '../../src/reviews/limits.ts';

/**
 * `npm run import` refuses, before it reads a page, a year the content check would refuse and
 * input too large or too deeply nested to be an article page: exit 1, a sentence, nothing written,
 * and quickly (a deeply nested page once ended in a stack trace after 29 s).
 */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-import-limits-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const content = path.join(tmp, 'content');
fs.mkdirSync(path.join(content, 'reviews'), { recursive: true });

function runImport(...args: string[]) {
  const started = Date.now();
  const r = spawnSync(process.execPath, ['tools/import/cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, CONTENT_DIR: content, NO_COLOR: '1' },
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}`, ms: Date.now() - started };
}

const text = path.join(tmp, 'review.txt');
fs.writeFileSync(text, '2023年“平安南通”年度回眸\n\n正文。\n');

describe('npm run import refuses what it cannot use, saying why', () => {
  test.each(['0000', '9999', String(lastYear() + 1), '20x3'])('--year %s', (year) => {
    const r = runImport(text, '--year', year);
    expect(r.status, r.output).toBe(1);
    expect(r.output).toMatch(new RegExp(`--year ${year}: `));
    expect(r.output).not.toMatch(/\n\s+at /); // no stack trace
    expect(fs.readdirSync(path.join(content, 'reviews'))).toEqual([]);
  });

  test('a file larger than any article page', () => {
    const big = path.join(tmp, 'big.html');
    fs.writeFileSync(big, Buffer.alloc(MAX_INPUT_BYTES + 1, 'a'));
    const r = runImport(big, '--year', '2023');
    expect(r.status, r.output).toBe(1);
    expect(r.output).toMatch(/MB; a saved article page is well under/);
    expect(fs.readdirSync(path.join(content, 'reviews'))).toEqual([]);
  });

  test('HTML nested thousands deep is refused in seconds, not a stack trace', () => {
    const deep = path.join(tmp, 'deep.html');
    fs.writeFileSync(
      deep,
      `<html><body>${'<div>'.repeat(50_000)}2023年 正文${'</div>'.repeat(50_000)}</body></html>`,
    );
    const r = runImport(deep, '--year', '2023');
    expect(r.status, r.output).toBe(1);
    expect(r.output).toMatch(/nests its HTML 50002 elements deep/);
    expect(r.ms).toBeLessThan(10_000);
  });

  test('depth counts nesting, not tags: unclosed <p> and <li> of old pages do not add up', () => {
    expect(htmlDepth('<div><p>a<p>b<ul><li>c<li>d</ul></div>')).toBe(2);
    expect(htmlDepth('<div><br><img src=x><span>a</span></div>')).toBe(2);
    expect(htmlDepth('<div>'.repeat(MAX_HTML_DEPTH + 1))).toBe(MAX_HTML_DEPTH + 1);
  });
});
