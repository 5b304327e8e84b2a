import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

/** The project root, where `astro build` runs. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The environment for a child `astro build`: ours, without what Vitest adds for its own Vite
 * (BASE_URL, MODE, DEV, PROD, SSR, NODE_ENV=test, VITEST*), which Astro would read as the site's.
 */
export function buildEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key)) delete env[key];
  }
  return { ...env, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", ...extra };
}

export interface TempBuild {
  status: number | null;
  /** stdout and stderr together, as a person running the build sees them. */
  output: string;
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
    const env = buildEnv({ CONTENT_DIR: content, OUT_DIR: out, ASTRO_CACHE_DIR: path.join(tmp, 'cache'), ...extra });
    for (const [key, value] of Object.entries(extra)) if (value === undefined) delete env[key];
    const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8', env });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}`, out };
  };
}
