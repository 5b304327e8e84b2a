/**
 * Starts the site's server (tools/serve.ts) as a child process, for the tools and tests that need
 * one (the load test, the publishing and server tests). By default on a port the system picks
 * when the server binds it (`--port 0`): a port chosen beforehand can be taken by another
 * process in between. Resolves, once it listens, with its URL (from the line it prints).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';

export interface ServeChild {
  /** `http://127.0.0.1:<port>/` plus the base path. */
  url: string;
  port: number;
  child: ChildProcess;
  stop: () => void;
}

export function startServe({
  dir = 'dist',
  port = 0,
  basePath = '/',
}: { dir?: string; port?: number; basePath?: string } = {}): Promise<ServeChild> {
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL('serve.ts', import.meta.url)), '--port', String(port), '--dir', dir],
    { env: { ...process.env, BASE_PATH: basePath }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('tools/serve.ts did not start within 15 s'));
    }, 15_000);
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Serving .* at (http:\/\/127\.0\.0\.1:(\d+)\/\S*)/.exec(out);
      if (m?.[1] && m[2]) {
        clearTimeout(timer);
        resolve({ url: m[1], port: Number(m[2]), child, stop: () => child.kill() });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`tools/serve.ts exited with ${code}`));
    });
  });
}
