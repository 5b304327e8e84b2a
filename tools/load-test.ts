/**
 * A bounded load test of the local server (tools/serve.ts) on 127.0.0.1: thousands of
 * requests, hundreds at once, with malformed and hostile ones mixed in. Every request is sent on
 * its own raw TCP connection (so any bytes can be sent, like `GET //[` or a garbage request line)
 * and must get the status the server promises for it; a connection error, a timeout or any other
 * status counts as an error. Prints requests, concurrency, p50, p99 and errors.
 *
 * Tool (local machine). Without --url it builds nothing: it serves the existing dist/. The
 * tests (tests/server/serve.test.ts) import its request mix and runner.
 */
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseCommandLine, usageError } from './args.ts';
import { startServe, type ServeChild } from './serve-child.ts';

const USAGE = `usage: npm run load-test -- [--requests 4000] [--concurrency 300] [--url http://127.0.0.1:4399/]
  --requests     how many requests in all
  --concurrency  how many in flight at once
  --url          a server already running (default: start tools/serve.ts over dist/)`;

/** One request of the mix: the raw request line and the status it must get. */
export interface MixEntry {
  name: string;
  raw: string;
  expect: number;
}

/** What one request got: a status or an error, and the time it took. */
export interface Answer {
  status?: number;
  error?: string;
  ms: number;
}

/** What a load run measured. */
export interface LoadResult {
  requests: number;
  concurrency: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  failures: string[];
  seconds: number;
}

/** Requests in the mix: the raw request, and the status it must get. Hostile ones are most of it. */
export const MIX: MixEntry[] = [
  { name: 'home', raw: 'GET / HTTP/1.1', expect: 200 },
  { name: 'review page', raw: 'GET /en/2024/ HTTP/1.1', expect: 200 },
  { name: 'zh review page', raw: 'GET /zh-hans/2024/ HTTP/1.1', expect: 200 },
  { name: 'search loader', raw: 'GET /pagefind/pagefind.js HTTP/1.1', expect: 200 },
  { name: 'HEAD', raw: 'HEAD /en/ HTTP/1.1', expect: 200 },
  { name: 'folder without slash', raw: 'GET /en HTTP/1.1', expect: 301 },
  { name: 'missing page', raw: 'GET /no-such-page/ HTTP/1.1', expect: 404 },
  { name: 'bad %-escape', raw: 'GET /% HTTP/1.1', expect: 400 },
  { name: '//[ (bad host-like path)', raw: 'GET //[ HTTP/1.1', expect: 400 },
  { name: '//evil.example (open redirect)', raw: 'GET //evil.example/en HTTP/1.1', expect: 400 },
  { name: '..%2f into a sibling folder', raw: 'GET /..%2fdist-secret/secret.txt HTTP/1.1', expect: 404 },
  { name: '%2e%2e traversal', raw: 'GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1', expect: 404 },
  { name: 'NUL byte', raw: 'GET /%00 HTTP/1.1', expect: 400 },
  { name: 'backslash', raw: 'GET /%5c..%5cpackage.json HTTP/1.1', expect: 400 },
  { name: '_headers itself', raw: 'GET /_headers HTTP/1.1', expect: 404 },
  { name: 'POST', raw: 'POST / HTTP/1.1', expect: 405 },
  { name: 'DELETE', raw: 'DELETE /en/ HTTP/1.1', expect: 405 },
  { name: 'absolute-form target', raw: 'GET http://evil.example/ HTTP/1.1', expect: 400 },
  { name: 'garbage request line', raw: 'GARBAGE', expect: 400 },
];

/** One request on its own connection; resolves with the status (or an error) and the time taken. */
export function once(host: string, port: number, raw: string, timeoutMs: number): Promise<Answer> {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = net.connect({ host, port });
    let data = '';
    let done = false;
    const finish = (result: Omit<Answer, 'ms'>) => {
      if (done) return;
      done = true;
      socket.destroy();
      resolve({ ...result, ms: performance.now() - started });
    };
    socket.setTimeout(timeoutMs, () => finish({ error: 'timeout' }));
    socket.on('error', (e: NodeJS.ErrnoException) => finish({ error: e.code ?? e.message }));
    socket.on('data', (d) => {
      data += d.toString('latin1');
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(data);
      if (m) finish({ status: Number(m[1]) });
    });
    socket.on('end', () => finish({ error: 'closed without a response' }));
    socket.write(`${raw}\r\nHost: 127.0.0.1\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n`);
  });
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Sends `requests` requests from MIX (round-robin), `concurrency` in flight at once. */
export async function runLoad({
  url,
  requests = 4000,
  concurrency = 300,
  timeoutMs = 15_000,
}: {
  url: string;
  requests?: number;
  concurrency?: number;
  timeoutMs?: number;
}): Promise<LoadResult> {
  const { hostname, port } = new URL(url);
  const times: number[] = [];
  const failures: string[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < requests) {
      const i = next++;
      const req = MIX[i % MIX.length] as MixEntry;
      const r = await once(hostname, Number(port), req.raw, timeoutMs);
      times.push(r.ms);
      if (r.error || r.status !== req.expect) {
        failures.push(`${req.name}: ${r.error ?? `status ${r.status}, expected ${req.expect}`}`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  times.sort((a, b) => a - b);
  return {
    requests,
    concurrency,
    p50: Math.round(percentile(times, 50) * 10) / 10,
    p99: Math.round(percentile(times, 99) * 10) / 10,
    max: Math.round((times.at(-1) ?? 0) * 10) / 10,
    errors: failures.length,
    failures: [...new Set(failures)].slice(0, 20),
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseCommandLine(USAGE, {
    requests: { type: 'string', default: '4000' },
    concurrency: { type: 'string', default: '300' },
    url: { type: 'string' },
  });
  for (const name of ['requests', 'concurrency'] as const)
    if (!/^[1-9]\d*$/.test(values[name]))
      usageError(`--${name} ${values[name]}: give a whole number above 0.`, USAGE);
  const requests = Number(values.requests);
  const concurrency = Number(values.concurrency);
  let url = values.url ?? '';
  let server: ServeChild | undefined;
  if (!url) {
    server = await startServe();
    url = server.url;
  }
  const r = await runLoad({ url, requests, concurrency });
  // The server must still answer afterwards.
  const after = await once(new URL(url).hostname, Number(new URL(url).port), 'GET / HTTP/1.1', 5000);
  server?.stop();
  if (after.status !== 200) {
    r.failures.push(`after the run: ${after.error ?? `status ${after.status}`}`);
    r.errors += 1;
  }
  console.log(
    `load test of ${url} (${MIX.length} kinds of request, ${MIX.filter((m) => m.expect >= 400).length} of them malformed or refused)`,
  );
  console.log(
    `requests ${r.requests}  concurrency ${r.concurrency}  p50 ${r.p50} ms  p99 ${r.p99} ms  max ${r.max} ms  errors ${r.errors}  (${r.seconds} s)`,
  );
  for (const f of r.failures) console.log(`  error: ${f}`);
  process.exit(r.errors > 0 ? 1 : 0);
}
