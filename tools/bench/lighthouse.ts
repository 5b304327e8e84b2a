/**
 * Lighthouse for the bench (tool, runs Lighthouse's CLI against Debian's Chromium): the four
 * category scores and LCP, TBT and CLS of one mobile run.
 *
 * Lighthouse is its own package, bench/lighthouse/ (package.json and lock, version pinned, every
 * package hashed), not a dependency of the project: it is 119 packages and about 107 MB that no
 * test uses, which every `npm ci` (and so every CI run) installed for nothing. The bench installs
 * it from that lock on first use (`npm ci` there, which needs the registry once).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CHROME_PATH, LAUNCH_ARGS } from './page-load.ts';

export type LighthouseRun = Record<
  'performance' | 'accessibility' | 'best-practices' | 'seo' | 'lcp' | 'tbt' | 'cls',
  number
>;

interface LighthouseJson {
  categories: Record<string, { score: number }>;
  audits: Record<string, { numericValue: number }>;
}

const LIGHTHOUSE_DIR = path.resolve('bench/lighthouse');
const LIGHTHOUSE_CLI = path.join(LIGHTHOUSE_DIR, 'node_modules/lighthouse/cli/index.js');

/** The pinned Lighthouse, installed from bench/lighthouse's lock unless already there; its version. */
export function ensureLighthouse(): string {
  const read = (f: string) => JSON.parse(fs.readFileSync(f, 'utf8')) as Record<string, unknown>;
  const pinned = (
    read(path.join(LIGHTHOUSE_DIR, 'package.json'))['devDependencies'] as Record<string, string>
  )['lighthouse'];
  const installedFile = path.join(LIGHTHOUSE_DIR, 'node_modules/lighthouse/package.json');
  const installed = () => (fs.existsSync(installedFile) ? read(installedFile)['version'] : undefined);
  if (installed() === pinned) return String(pinned);
  console.log(`Installing Lighthouse ${pinned} for the bench (npm ci in bench/lighthouse, from its lock)…`);
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: LIGHTHOUSE_DIR, stdio: 'inherit' });
  if (r.status !== 0 || installed() !== pinned)
    throw new Error(
      `could not install Lighthouse ${pinned} in bench/lighthouse (npm ci failed; run --no-lighthouse)`,
    );
  return String(pinned);
}

/** One Lighthouse run; retried twice, since Chromium now and then loses a trace (NO_NAVSTART). */
export function lighthouse(url: string, tmp: string, attempt = 1): LighthouseRun {
  try {
    return lighthouseOnce(url, tmp);
  } catch (e) {
    if (attempt >= 3) throw e;
    return lighthouse(url, tmp, attempt + 1);
  }
}

function lighthouseOnce(url: string, tmp: string): LighthouseRun {
  const out = path.join(tmp, `lh-${Date.now()}.json`);
  const r = spawnSync(
    process.execPath,
    [
      LIGHTHOUSE_CLI,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--form-factor=mobile',
      `--chrome-flags=--headless=new --no-sandbox --disable-gpu ${LAUNCH_ARGS.join(' ')}`,
    ],
    { encoding: 'utf8', env: { ...process.env, CHROME_PATH } },
  );
  if (r.status !== 0 || !fs.existsSync(out))
    throw new Error(`lighthouse failed for ${url}: ${r.stderr.slice(-500)}`);
  const j = JSON.parse(fs.readFileSync(out, 'utf8')) as LighthouseJson;
  const score = (k: string) => (j.categories[k]?.score ?? NaN) * 100;
  const value = (k: string) => j.audits[k]?.numericValue ?? NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
  };
}
