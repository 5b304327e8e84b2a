/**
 * The smoke check's HTTP side (tool, runs in Node against a published site): every URL fetched
 * once, every response checked against the headers `_headers` gives its path, and the mapping
 * between the URLs the build wrote (its SITE_URL + BASE_PATH) and the copy being checked.
 */
import { Buffer } from 'node:buffer';
import { floorProblems, isEmbedPath, type ResponseKind } from '../../src/publish/header-floor.ts';
import { headersFor, type HeaderRule } from '../../src/publish/headers.ts';

/** One header of a response compared with what `_headers` gives its path. */
export interface HeaderResult {
  name: string;
  ok: boolean;
}

/** What was checked on one response, for the report (tools/smoke/report.ts). */
export interface CheckedResponse {
  url: string;
  status: number;
  type: string;
  /** The headers `_headers` gives the path, each as sent or not (none without `_headers`). */
  headers: HeaderResult[];
  /** What the response lacks against the security floor (src/publish/header-floor.ts). */
  floor: string[];
}

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
  /** Checks one response's headers: the floor, and `_headers` (once per URL, 2xx and 404). */
  checkHeaders: (url: string, res: Response) => void;
  /** A URL the build wrote, as it is on the copy being checked. */
  toLive: (url: string) => string;
  /** The site root the build wrote into its URLs (`base` until the sitemap says otherwise). */
  setBuiltRoot: (root: string) => void;
  /** Every URL fetched so far. */
  fetchedUrls: () => string[];
}

/** What the floor asks of a response: a page, a figure embed (which others may frame), a file. */
const floorKind = (url: string, type: string): ResponseKind =>
  !type.startsWith('text/html') ? 'file' : isEmbedPath(new URL(url).pathname) ? 'embed' : 'page';

/**
 * A fetcher for the site at `base`. `rules` are the `_headers` rules (none: no header check);
 * `problem` records a finding; `onHeaderCheck` counts the responses checked against `_headers`;
 * `onChecked` receives every checked response, for the report.
 */
export function createFetcher(
  base: string,
  rules: HeaderRule[] | undefined,
  problem: (what: string, detail: string) => void,
  onHeaderCheck: () => void,
  onChecked?: (r: CheckedResponse) => void,
): Fetcher {
  let builtRoot = base;
  const toLive = (url: string) => (url.startsWith(builtRoot) ? base + url.slice(builtRoot.length) : url);
  const builtPath = (liveUrl: string) => {
    const u = new URL(liveUrl);
    const rel = u.href.startsWith(base) ? u.href.slice(base.length).split(/[?#]/)[0] : u.pathname.slice(1);
    return new URL(builtRoot).pathname + rel;
  };

  const checkedHeaders = new Set<string>();
  /**
   * One response's headers: the security floor (whatever `_headers` says), and each header
   * `_headers` gives its path. 2xx and 404 (the site's 404 page) only; once per URL.
   */
  function checkHeaders(url: string, res: Response): void {
    if ((res.status >= 300 && res.status !== 404) || checkedHeaders.has(url)) return;
    checkedHeaders.add(url);
    const where = `headers ${new URL(url).pathname}`;
    const type = res.headers.get('content-type') ?? '';
    const floor = floorProblems(Object.fromEntries(res.headers), floorKind(url, type));
    for (const p of floor) problem(`security floor ${new URL(url).pathname}`, p);
    const compared: HeaderResult[] = [];
    if (rules) {
      onHeaderCheck();
      for (const [name, value] of Object.entries(headersFor(rules, builtPath(url)))) {
        const actual = res.headers.get(name);
        compared.push({ name, ok: actual === value });
        if (actual !== value)
          problem(
            where,
            `${name} is ${actual === null ? 'missing' : JSON.stringify(actual)}, _headers says ${JSON.stringify(value)}`,
          );
      }
    }
    onChecked?.({ url, status: res.status, type, headers: compared, floor });
  }

  const fetched = new Map<string, Promise<Fetched>>();
  function get(url: string): Promise<Fetched> {
    const key = url.replace(/#.*/s, '');
    let pending = fetched.get(key);
    if (!pending) {
      pending = fetchOnce(key, checkHeaders);
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

/** One GET, its headers checked; a network failure becomes a status-0 response with its error. */
async function fetchOnce(key: string, checkHeaders: (url: string, res: Response) => void): Promise<Fetched> {
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
