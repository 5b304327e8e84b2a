/**
 * The smoke check's HTTP side (tool, runs in Node against a published site): every URL fetched
 * once, every response checked against the headers `_headers` gives its path, and the mapping
 * between the URLs the build wrote (its SITE_URL + BASE_PATH) and the copy being checked.
 */
import { Buffer } from 'node:buffer';
import { headersFor, type HeaderRule } from '../../src/publish/headers.ts';

/** A response as the checks read it (a network failure is status 0 with its error). */
export interface Fetched {
  status: number;
  headers: Headers;
  body: Buffer;
  text: () => string;
  error?: Error & { cause?: { code?: string } };
}

export interface Fetcher {
  /** GET (once per URL without fragment); the response's headers are checked as it arrives. */
  get: (url: string) => Promise<Fetched>;
  /** Checks one response's headers against `_headers` (once per URL, 2xx only). */
  checkHeaders: (url: string, res: Response) => void;
  /** A URL the build wrote, as it is on the copy being checked. */
  toLive: (url: string) => string;
  /** The site root the build wrote into its URLs (`base` until the sitemap says otherwise). */
  setBuiltRoot: (root: string) => void;
  /** Every URL fetched so far. */
  fetchedUrls: () => string[];
}

/**
 * A fetcher for the site at `base`. `rules` are the `_headers` rules (none: no header check);
 * `problem` records a finding; `onHeaderCheck` counts the responses checked.
 */
export function createFetcher(
  base: string,
  rules: HeaderRule[] | undefined,
  problem: (what: string, detail: string) => void,
  onHeaderCheck: () => void,
): Fetcher {
  let builtRoot = base;
  const toLive = (url: string) => (url.startsWith(builtRoot) ? base + url.slice(builtRoot.length) : url);
  const builtPath = (liveUrl: string) => {
    const u = new URL(liveUrl);
    const rel = u.href.startsWith(base) ? u.href.slice(base.length).split(/[?#]/)[0] : u.pathname.slice(1);
    return new URL(builtRoot).pathname + rel;
  };

  const checkedHeaders = new Set<string>();
  function checkHeaders(url: string, res: Response): void {
    if (!rules || res.status >= 300 || checkedHeaders.has(url)) return;
    checkedHeaders.add(url);
    const expected = headersFor(rules, builtPath(url));
    onHeaderCheck();
    for (const [name, value] of Object.entries(expected)) {
      const actual = res.headers.get(name);
      if (actual !== value) {
        problem(
          `headers ${new URL(url).pathname}`,
          `${name} is ${actual === null ? 'missing' : JSON.stringify(actual)}, _headers says ${JSON.stringify(value)}`,
        );
      }
    }
  }

  const fetched = new Map<string, Promise<Fetched>>();
  async function fetchOnce(key: string): Promise<Fetched> {
    try {
      const res = await fetch(key, { redirect: 'manual', signal: AbortSignal.timeout(20_000) });
      const body = Buffer.from(await res.arrayBuffer());
      checkHeaders(key, res);
      return { status: res.status, headers: res.headers, body, text: () => body.toString('utf8') };
    } catch (e) {
      return {
        status: 0,
        headers: new Headers(),
        body: Buffer.alloc(0),
        text: () => '',
        error: e as NonNullable<Fetched['error']>,
      };
    }
  }
  function get(url: string): Promise<Fetched> {
    const key = url.replace(/#.*/s, '');
    let pending = fetched.get(key);
    if (!pending) {
      pending = fetchOnce(key);
      fetched.set(key, pending);
    }
    return pending;
  }

  return {
    get,
    checkHeaders,
    toLive,
    setBuiltRoot: (root) => {
      builtRoot = root;
    },
    fetchedUrls: () => [...fetched.keys()],
  };
}

/** Runs `fn` over `items`, a few at a time (a CDN is fine with that; a laptop link too). */
export async function pool<T>(items: T[], fn: (item: T) => Promise<unknown>, width = 6): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (queue.length > 0) await fn(queue.shift() as T);
    }),
  );
}

/** What went wrong with a response, for a problem line. */
export const describe = (r: Fetched): string =>
  r.error ? `failed (${r.error.cause?.code ?? r.error.message})` : `answers ${r.status}`;
