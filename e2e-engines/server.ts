import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '../tests/helpers/ports.ts';

/** Helpers the engine suites share: the site's static server and free ports. */

export { freePort };

/** Polls `url` until it answers (any status), or throws after `ms`. */
export async function waitForUrl(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      await fetch(url);
      return;
    } catch (e) {
      if (Date.now() > end) throw new Error(`${url} did not answer within ${ms} ms`, { cause: e });
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Ends a child started with `detached: true` and everything it started (its process group). */
export function endGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
}

/** Serves dist/ with the production headers (tools/serve.ts) on `port`; returns the base URL. */
export async function serveSite(port: number): Promise<{ base: string; stop: () => void }> {
  const child = spawn(process.execPath, ['tools/serve.ts', '--port', String(port)], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => endGroup(child);
  process.once('exit', stop);
  const base = `http://127.0.0.1:${port}`;
  await waitForUrl(`${base}/`, 30_000);
  return { base, stop };
}

// Stopped from outside (Ctrl-C, a timeout): exit normally so the 'exit' hooks above end the
// servers, drivers and browsers this process started.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
