/**
 * The search measurement (tool, drives Chromium through Playwright): queries typed into a search
 * box on a phone profile, cold cache, with the bytes each one fetched (request by request) and
 * the time until its first result shows. Ours and the peer's (Starlight's Pagefind UI).
 */
import { devices, type Browser, type Locator, type Page } from '@playwright/test';
import { recordRequests, type Fetch, type RequestLog } from './requests.ts';
import { EDITIONS, type Edition, type QuerySet } from './queries.ts';
import { stat, sumOf, type Stat } from './stats.ts';

/** How to reach a search box and what a result is. */
export interface SearchUi {
  open: (page: Page) => Promise<Locator>;
  result: string;
}

/** Our search page: the box is there; a result is a passage link. */
export const OUR_UI: SearchUi = {
  open: async (page) => page.locator('#search-q'),
  result: '.search-result__link',
};

/** Starlight: the search button opens a dialog holding Pagefind's default UI. */
export const PEER_UI: SearchUi = {
  open: async (page) => {
    await page.locator('button[data-open-modal]').first().click();
    const input = page.locator('.pagefind-ui__search-input').first();
    await input.waitFor({ state: 'visible', timeout: 15000 });
    return input;
  },
  result: '.pagefind-ui__result-link',
};

/** One query, one run. */
export interface QueryRun {
  query: string;
  ms: number;
  bytes: number;
  body: number;
  requests: Fetch[];
  hrefs: string[];
}

/** One query over the runs: medians, and the first run's requests and results. */
export interface QuerySummary {
  query: string;
  ms: Stat;
  bytes: Stat;
  body: Stat;
  requests: Fetch[];
  hrefs: string[];
}

export interface SearchOptions {
  /** CPU slow-down (4: a phone-like CPU). */
  throttle?: number;
  /** Pagefind with its web worker (`--worker`). */
  worker?: boolean;
}

/**
 * Types `qs` one after the other into the search UI at `url`, in a fresh cold context.
 * `ui` says how to reach the box and what a result is (ours or the peer's).
 */
export async function searchTimings(
  browser: Browser,
  url: string,
  qs: string[],
  ui: SearchUi = OUR_UI,
  { throttle = 1, worker = false }: SearchOptions = {},
): Promise<QueryRun[]> {
  const context = await browser.newContext({ ...devices['Pixel 7'] });
  const page = await context.newPage();
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  if (worker) await withPagefindWorker(page);
  const rec = recordRequests(context);
  await page.goto(url, { waitUntil: 'networkidle' });
  await rec.idle();
  // The first query's bytes start before the box is focused: focusing loads the search code.
  let mark = rec.mark();
  const input = await ui.open(page);
  const out: QueryRun[] = [];
  for (const q of qs) {
    out.push(await typeQuery(page, input, ui, rec, mark, q));
    mark = rec.mark();
  }
  await context.close();
  return out;
}

/** One query: typed, timed to its first result, its requests since `mark`; then cleared. */
async function typeQuery(
  page: Page,
  input: Locator,
  ui: SearchUi,
  rec: RequestLog,
  mark: number,
  query: string,
): Promise<QueryRun> {
  await input.fill('');
  await page.waitForTimeout(300);
  const start = Date.now();
  await input.fill(query);
  await page.locator(ui.result).first().waitFor({ state: 'visible', timeout: 15000 });
  const ms = Date.now() - start;
  await rec.idle();
  // The browser's own favicon request lands whenever; it is no search's cost.
  const requests = rec.since(mark).filter((r) => !/\/favicon\.[a-z]+$/.test(new URL(r.url).pathname));
  const hrefs = await page
    .locator(ui.result)
    .evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
  // Clear results so the next query's first result is new.
  await input.fill('');
  await page
    .locator(ui.result)
    .first()
    .waitFor({ state: 'hidden', timeout: 5000 })
    .catch(() => {});
  await rec.idle();
  return { query, ms, bytes: sumOf(requests, 'transfer'), body: sumOf(requests, 'body'), requests, hrefs };
}

/**
 * For the worker measurement only (`--worker`): our search code as built, but creating Pagefind
 * with its web worker (`noWorker: false`), and the page's CSP without Trusted Types, which would
 * refuse `new Worker(url)` from a string (Pagefind's). Nothing else changes.
 */
async function withPagefindWorker(page: Page): Promise<void> {
  await page.route(/\/_astro\/.*\.js$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replaceAll('noWorker:!0', 'noWorker:!1');
    await route.fulfill({ response, body });
  });
  await page.route(/\/search\/(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    headers['content-security-policy'] = (headers['content-security-policy'] ?? '').replace(
      /;\s*require-trusted-types-for[^;]*|;\s*trusted-types[^;]*/g,
      '',
    );
    await route.fulfill({ response, headers });
  });
}

/** The same queries over several runs, as medians (requests and results from the first run). */
export function summarise(rs: QueryRun[][]): QuerySummary[] {
  return (rs[0] ?? []).map((q, j) => {
    const of = (k: 'ms' | 'bytes' | 'body') => stat(rs.map((r) => r[j]?.[k] ?? NaN));
    return {
      query: q.query,
      ms: of('ms'),
      bytes: of('bytes'),
      body: of('body'),
      requests: q.requests,
      hrefs: q.hrefs,
    };
  });
}

export type EditionSearch = Partial<Record<Edition, QuerySummary[]>>;

/**
 * Each edition's queries, `runs` times each (a fresh cold context per run), as medians.
 * `pageOf` says where an edition's search box is under `base`.
 */
export async function searchEditions(
  browser: Browser,
  base: string,
  qs: QuerySet,
  runs: number,
  {
    editions = EDITIONS,
    ui = OUR_UI,
    pageOf = (e: Edition) => `${e}/search/`,
  }: { editions?: readonly Edition[]; ui?: SearchUi; pageOf?: (e: Edition) => string } = {},
): Promise<EditionSearch> {
  const out: EditionSearch = {};
  for (const e of editions) {
    const rs: QueryRun[][] = [];
    for (let i = 0; i < runs; i++) rs.push(await searchTimings(browser, base + pageOf(e), qs[e], ui));
    out[e] = summarise(rs);
  }
  return out;
}
