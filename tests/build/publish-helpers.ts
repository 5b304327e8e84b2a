import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';

/** Helpers for the publishing tests that serve a build and check it from the outside. */

/** A free TCP port on the loopback address. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Serves `dir` with scripts/serve.mjs (as the e2e tests do) on a port the system picks when the
 * server binds it (`--port 0`: a port chosen beforehand can be taken by another test file's server
 * in between); resolves with its URL once it listens.
 */
export async function serve(dir: string, basePath = '/'): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn(process.execPath, ['scripts/serve.mjs', '--port', '0', '--dir', dir], {
    env: { ...process.env, BASE_PATH: basePath },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('serve.mjs did not start within 15 s')), 15_000);
    child.stdout?.on('data', (d: Buffer) => {
      const m = /Serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(d.toString());
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
  return { url: `${url}${basePath.replace(/^\//, '')}`, stop: () => child.kill() };
}

/** Runs `npm run smoke -- <url> …` (the script itself, with this Node) and returns its exit code and output. */
export function smoke(url: string, ...args: string[]): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, ['scripts/smoke.mjs', url, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}
