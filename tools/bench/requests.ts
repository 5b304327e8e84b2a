/**
 * A browser context's network log for the search measurement (tool, Playwright): every response
 * of its pages and their workers (the peer's Pagefind UI fetches from a web worker).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { BrowserContext, Request } from '@playwright/test';

/** One finished request: bytes on the wire (headers + encoded body), the body, the headers. */
export interface Fetch {
  url: string;
  type: string;
  transfer: number;
  body: number;
  headers: number;
}

export interface RequestLog {
  /** Starts a stretch. */
  mark: () => number;
  /** The requests since `mark`. */
  since: (mark: number) => Fetch[];
  /** Waits until nothing has been in flight for 500 ms. */
  idle: () => Promise<void>;
}

export function recordRequests(context: BrowserContext): RequestLog {
  const all: Fetch[] = [];
  const pending = new Set<Request>();
  let lastChange = Date.now();
  const settle = (req: Request) => {
    pending.delete(req);
    lastChange = Date.now();
  };
  context.on('request', (req) => {
    if (req.url().startsWith('data:')) return;
    pending.add(req);
    lastChange = Date.now();
  });
  context.on('requestfailed', settle);
  context.on('requestfinished', async (req) => {
    if (req.url().startsWith('data:')) return;
    const r: Fetch = { url: req.url(), type: '', transfer: 0, body: 0, headers: 0 };
    all.push(r);
    try {
      const [sizes, response] = await Promise.all([req.sizes(), req.response()]);
      r.type = (await response?.headerValue('content-type'))?.split(';')[0] ?? '';
      // Chromium reports no body size for a worker's own script (the peer's pagefind-worker.js,
      // 12 KB gzip): then the body is what the server said it sent.
      const length = Number((await response?.headerValue('content-length')) ?? 0);
      r.body = sizes.responseBodySize > 0 || !(length > 0) ? sizes.responseBodySize : length;
      r.headers = sizes.responseHeadersSize;
      r.transfer = r.body + r.headers;
    } catch {
      // The context closed before the sizes were read: a request after the measurement.
    } finally {
      settle(req);
    }
  });
  return {
    mark: () => all.length,
    since: (mark) => all.slice(mark),
    idle: async () => {
      while (pending.size > 0 || Date.now() - lastChange < 500) await sleep(100);
    },
  };
}
