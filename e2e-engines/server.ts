import type { ChildProcess } from 'node:child_process';
import { startServe } from '../tools/serve-child.ts';
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

/**
 * Serves dist/ with the production headers (tools/serve.ts, started as every tool and test starts
 * it: tools/serve-child.ts); ready when that server itself says it listens, so a server another
 * process left on `port` can never pass for it. Returns the base URL.
 */
export async function serveSite(port: number): Promise<{ base: string; stop: () => void }> {
  const { url, stop } = await startServe({ port });
  process.once('exit', stop);
  return { base: url.replace(/\/$/, ''), stop };
}

// Stopped from outside (Ctrl-C, a timeout): exit normally so the 'exit' hooks above end the
// servers, drivers and browsers this process started.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
