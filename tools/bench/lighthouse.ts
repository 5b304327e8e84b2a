/**
 * Lighthouse for the bench (tool, runs Lighthouse's CLI from node_modules against Debian's
 * Chromium): the four category scores and LCP, TBT and CLS of one mobile run.
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
      path.resolve('node_modules/lighthouse/cli/index.js'),
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
