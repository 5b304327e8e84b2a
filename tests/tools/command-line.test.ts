import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/build.ts';

/**
 * Every Node tool in tools/ parses its command line the same way (tools/args.ts, node:util
 * parseArgs, strict): an unknown flag stops it before it does anything, saying which flag and how
 * to use the tool, with exit code 2; --help prints the usage and exits 0. Each tool is run as npm
 * runs it (this Node, from the project folder), pointed at temp folders, so that a tool which
 * ignored the flag and went on (building, serving, writing a year) would be caught by its exit
 * status, its output or the time limit, and would touch nothing real.
 */
const TOOLS = [
  'tools/build.ts',
  'tools/serve.ts',
  'tools/smoke.ts',
  'tools/host-config.ts',
  'tools/load-test.ts',
  'tools/test.ts',
  'tools/test-engines.ts',
  'tools/check-content.ts',
  'tools/new-review.ts',
  'tools/rename-section.ts',
  'tools/font-subset.ts',
  'tools/import/cli.ts',
  'tools/bench.ts',
];
/** Tools run by hand, not by npm (their usage says `npx node tools/…`). */
const BY_HAND = ['tools/bench-peer.ts'];

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-tools-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(tool: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [tool, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
    env: {
      ...process.env,
      CONTENT_DIR: path.join(tmp, 'content'),
      OUT_DIR: path.join(tmp, 'dist'),
      E2E_PORT: '0',
    },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the tools in tools/ share one command-line rule', () => {
  test('Every tool npm runs is in this list, and none but tools/args.ts reads the command line itself.', () => {
    const scripts = Object.values(
      (
        JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
          scripts: Record<string, string>;
        }
      ).scripts,
    );
    const named = new Set(
      scripts.flatMap((s) => [...s.matchAll(/\bnode (tools\/\S+\.ts)/g)].map((m) => m[1])),
    );
    expect([...named].sort()).toEqual([...TOOLS].sort());
    const sources = fs
      .readdirSync(path.join(ROOT, 'tools'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `tools/${f}`);
    const readers = sources.filter((f) =>
      /process\.argv\.slice/.test(fs.readFileSync(path.join(ROOT, f), 'utf8')),
    );
    expect(readers).toEqual(['tools/args.ts']);
  });

  test.each([...TOOLS, ...BY_HAND])(
    '%s refuses an unknown flag with exit code 2, naming it, and its usage',
    (tool) => {
      const r = run(tool, '--no-such-flag', '2031');
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain("Unknown option '--no-such-flag'");
      expect(r.stderr).toMatch(/^usage: /m);
      expect(r.stderr).not.toMatch(/\n\s+at \S/); // a message, not a stack trace
      expect(r.stdout).toBe('');
      // Nothing was made: no build output, no content folder, no year.
      expect(fs.readdirSync(tmp)).toEqual([]);
    },
  );

  test.each([...TOOLS, ...BY_HAND])('%s --help prints its usage and exits 0', (tool) => {
    const r = run(tool, '--help');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      BY_HAND.includes(tool)
        ? new RegExp(`^usage: npx node ${tool.replaceAll('.', '\\.')}`)
        : /^usage: npm (run |test)/,
    );
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  test('A flag that wants a value and gets none is refused too.', () => {
    const r = run('tools/serve.ts', '--port');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Option '--port <value>' argument missing");
  });
});
