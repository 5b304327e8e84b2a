import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

/** Helpers for the publishing tests that serve a build and check it from the outside. */

/**
 * Serves `dir` with tools/serve.ts (as the e2e tests do) on a port the system picks when the
 * server binds it (`--port 0`: a port chosen beforehand can be taken by another test file's server
 * in between); resolves with its URL once it listens.
 */
export async function serve(dir: string, basePath = '/'): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn(process.execPath, ['tools/serve.ts', '--port', '0', '--dir', dir], {
    env: { ...process.env, BASE_PATH: basePath },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('tools/serve.ts did not start within 15 s')), 15_000);
    child.stdout?.on('data', (d: Buffer) => {
      const m = /Serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(d.toString());
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`tools/serve.ts exited with ${code}`)));
  });
  return { url: `${url}${basePath.replace(/^\//, '')}`, stop: () => child.kill() };
}

/** Runs `npm run smoke -- <url> …` (the script itself, with this Node) and returns its exit code and output. */
export function smoke(url: string, ...args: string[]): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, ['tools/smoke.ts', url, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}
