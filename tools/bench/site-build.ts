/**
 * Clean builds for the bench (tool, runs in Node): `astro build` of a content folder into an
 * output folder, timed, and the sizes of what it wrote.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface BuildTimes {
  total: number;
  /** The build without Pagefind's part. */
  astro: number;
  /** The zh-hant conversion, as the build log says. */
  hant: number;
  pagefind: number;
  pages: number;
}

/** A clean build of `contentDir` into `outDir` (its cache in `tmp`): wall time and its parts from the build log. */
export function build(contentDir: string, outDir: string, tmp: string): BuildTimes {
  const cache = fs.mkdtempSync(path.join(tmp, 'cache-'));
  fs.rmSync(outDir, { recursive: true, force: true });
  const start = performance.now();
  const r = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: cache,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
  });
  const total = performance.now() - start;
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  const log = r.stdout + r.stderr;
  const hant = Number(/zh-hant conversion: (\d+) ms/.exec(log)?.[1] ?? NaN);
  const pagefind = Number(/\[pingan:postbuild\] \d+ section records.* in (\d+) ms/.exec(log)?.[1] ?? NaN);
  const pages = Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? NaN);
  return { total, hant, pagefind, astro: total - (Number.isFinite(pagefind) ? pagefind : 0), pages };
}

/** Bytes and files under `dir`. */
export function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isDirectory()) continue;
    bytes += fs.statSync(path.join(e.parentPath, e.name)).size;
    files += 1;
  }
  return { bytes, files };
}

/** Pagefind's files per index language (`zh-hans_…`, `en_…`), in bytes. */
export function indexSizes(dist: string): Record<string, number> {
  const sizes: Record<string, number> = {};
  const dir = path.join(dist, 'pagefind');
  if (!fs.existsSync(dir)) return sizes;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isDirectory()) continue;
    const lang = /^(zh-hans|zh-hant|en)[_.]/i.exec(e.name)?.[1]?.toLowerCase();
    if (lang) sizes[lang] = (sizes[lang] ?? 0) + fs.statSync(path.join(e.parentPath, e.name)).size;
  }
  return sizes;
}
