import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

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
  const out: NodeJS.ProcessEnv = { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...extra };
  // An `undefined` in `extra` removes the variable (e.g. SITE_URL, for a build at the default address).
  for (const [key, value] of Object.entries(extra)) if (value === undefined) delete out[key];
  return out;
}

/** What a build that a test started did. */
export interface BuildRun {
  status: number | null;
  /** stdout and stderr together, as a person running the build sees them. */
  output: string;
}

/**
 * The one way a test starts a build, so that every Astro process a test run costs is here:
 * - `astro`: `astro build` itself (node_modules/astro/bin/astro.mjs, on the pinned Node that runs
 *   the tests), for what Astro and the integrations do;
 * - `tools`: tools/build.ts, the atomic publishing around it (staging folder, header floor, links);
 * - `npm`: `npm run build`, as an editor runs it (the project's script and its environment).
 * `env` goes through buildEnv; `config` is an Astro config file (`--config`).
 */
export function runBuild({
  via,
  env = {},
  config,
  timeout = 240_000,
}: {
  via: 'astro' | 'tools' | 'npm';
  env?: NodeJS.ProcessEnv;
  config?: string;
  timeout?: number;
}): BuildRun {
  const configArgs = config ? ['--config', config] : [];
  const [cmd, args] =
    via === 'npm'
      ? ['npm', ['run', '--silent', 'build', ...(config ? ['--', ...configArgs] : [])]]
      : via === 'tools'
        ? [process.execPath, ['tools/build.ts', ...configArgs]]
        : [process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...configArgs]];
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', timeout, env: buildEnv(env) });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}
