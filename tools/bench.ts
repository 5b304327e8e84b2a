/**
 * `npm run bench` — what the site costs a reader on a phone, and how the archive scales.
 * Tool (local machine: builds the site, serves it, drives Debian's Chromium).
 *
 *   npm run bench                       # build, page weights, Lighthouse (median of 3), search
 *   npm run bench -- --years 1,10,50    # also: synthetic archives of 1, 10 and 50 years
 *   npm run bench -- --peer             # also: the same article on Astro Starlight, side by side
 *
 * Prints tables and writes JSON to bench-results/ (git-ignored). Every figure is a median with
 * min–max over the runs. Pages are served gzip-compressed from 127.0.0.1 by tools/serve.ts (on
 * BENCH_PORT, default 4600, and the ports after it) and loaded in Debian Chromium (CHROME_PATH)
 * with a Pixel 7 profile, cold cache each time. The parts are in tools/bench/, one job each.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { parseCommandLine, usageError } from './args.ts';
import type { BenchContext } from './bench/context.ts';
import { measureBuilds, measurePages, measureSearch } from './bench/measure-site.ts';
import { measurePeer } from './bench/measure-peer.ts';
import { measureScale } from './bench/measure-scale.ts';
import { measureWorker } from './bench/measure-worker.ts';
import { ensureLighthouse } from './bench/lighthouse.ts';
import { CHROME_PATH, LAUNCH_ARGS } from './bench/page-load.ts';
import { serve } from './bench/servers.ts';

const USAGE = `usage: npm run bench -- [--runs N] [--years 1,10,50] [--no-lighthouse] [--only-scale] [--only-search] [--peer] [--worker]
  --runs N         Lighthouse runs, page loads and searches per figure (default 3)
  --years LIST     also build and search synthetic archives of that many years
  --no-lighthouse  page weights without Lighthouse
  --only-scale     only the synthetic archives (with --years)
  --only-search    no page loads: the build and the search tables
  --peer           ours against Astro Starlight with the same article (tools/bench/peer.ts, /tmp/pingan-peer)
  --worker         Pagefind's web worker against none, CPU throttled 4× and not
  BENCH_PORT       the first port to serve on (default 4600); CHROME_PATH the Chromium (default /usr/bin/chromium)`;

const { values } = parseCommandLine(USAGE, {
  runs: { type: 'string', default: '3' },
  years: { type: 'string', default: '' },
  'no-lighthouse': { type: 'boolean', default: false },
  'only-scale': { type: 'boolean', default: false },
  'only-search': { type: 'boolean', default: false },
  peer: { type: 'boolean', default: false },
  worker: { type: 'boolean', default: false },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
  usageError(`--runs ${values.runs}: give a whole number from 1.`, USAGE);
const yearsList = values.years.split(',').filter(Boolean).map(Number);
if (yearsList.some((n) => !Number.isInteger(n) || n < 1))
  usageError(`--years ${values.years}: give whole numbers from 1, comma-separated (e.g. 1,10,50).`, USAGE);
const port = Number(process.env['BENCH_PORT'] ?? 4600);

const versionOf = (pkg: string) =>
  (JSON.parse(fs.readFileSync(`node_modules/${pkg}/package.json`, 'utf8')) as { version: string }).version;
const versions = {
  machine: `${os.type()} ${os.release()} · ${os.cpus()[0]?.model ?? '?'} × ${os.cpus().length} · ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
  node: process.version,
  chromium: execFileSync(CHROME_PATH, ['--version'], { encoding: 'utf8' }).trim(),
  astro: versionOf('astro'),
  pagefind: versionOf('pagefind'),
  lighthouse:
    values['no-lighthouse'] || values['only-scale'] || values['only-search'] ? 'not run' : ensureLighthouse(),
};
console.log(
  `Benchmark · ${new Date().toISOString()}\n${Object.entries(versions)
    .map(([k, v]) => `  ${k}: ${v}`)
    .join('\n')}\n`,
);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-bench-'));
const results: Record<string, unknown> = { versions, runs };
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: LAUNCH_ARGS });
const ctx: BenchContext = { browser, runs, tmp, port };

if (!values['only-scale']) {
  const { out, build } = measureBuilds(ctx);
  results['build'] = build;
  const server = await serve(out, port);
  results['pages'] = values['only-search']
    ? {}
    : await measurePages(ctx, server.url, { noLighthouse: values['no-lighthouse'] });
  const search = await measureSearch(ctx, server.url);
  results['search'] = search;
  if (values.worker) results['worker'] = await measureWorker(ctx, server.url);
  if (values.peer) results['peer'] = await measurePeer(ctx, server.url, search);
  server.stop();
}
if (yearsList.length > 0) results['scale'] = await measureScale(ctx, yearsList);

await browser.close();
const resultsDir = path.resolve('bench-results');
fs.mkdirSync(resultsDir, { recursive: true });
const file = path.join(resultsDir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
fs.writeFileSync(file, JSON.stringify(results, null, 2));
fs.rmSync(tmp, { recursive: true, force: true });
console.log(`\nJSON: ${path.relative(process.cwd(), file)}`);
