import { spawnSync } from 'node:child_process';
import { startServe } from '../../tools/serve-child.ts';

/** Helpers for the publishing tests that serve a build and check it from the outside. */

/** Serves `dir` with tools/serve.ts (as the e2e tests do) under `basePath`; resolves with its URL once it listens. */
export async function serve(dir: string, basePath = '/'): Promise<{ url: string; stop: () => void }> {
  const { url, stop } = await startServe({ dir, basePath });
  return { url, stop };
}

/** Runs `npm run smoke -- <url> …` (the script itself, with this Node) and returns its exit code and output. */
export function smoke(url: string, ...args: string[]): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, ['tools/smoke.ts', url, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}
