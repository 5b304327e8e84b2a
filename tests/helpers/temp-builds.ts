import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { runBuild, type BuildRun } from './build.ts';

export interface TempBuild extends BuildRun {
  out: string;
}

/**
 * Builds a content folder into a fresh temp OUT_DIR with its own Astro cache, so dist/ and
 * content/ are never touched. Temp folders are removed after the test file. Call
 * `tempBuilds('name')` once per file and use the returned function.
 */
export function tempBuilds(prefix: string): (content: string, extra?: NodeJS.ProcessEnv) => TempBuild {
  const temps: string[] = [];
  afterAll(() => {
    for (const t of temps) fs.rmSync(t, { recursive: true, force: true });
  });
  return (content, extra = {}) => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `pingan-${prefix}-`));
    temps.push(tmp);
    const out = path.join(tmp, 'dist');
    // `npm run build`, as an editor runs it: what the project's script sets (telemetry off) counts.
    const env = { CONTENT_DIR: content, OUT_DIR: out, ASTRO_CACHE_DIR: path.join(tmp, 'cache'), ...extra };
    return { ...runBuild({ via: 'npm', env }), out };
  };
}
