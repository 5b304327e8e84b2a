import fs from 'node:fs';
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { waitForResults } from './search-helpers.ts';

/**
 * What a search costs a reader, measured in Chromium against the served build (gzip on): bytes
 * over the wire and the time from the input event to the rendered results (150 ms of which is
 * the typing debounce; `searchMs` leaves it out). Two visits per edition:
 * - the reader types at once, before Pagefind has loaded (cold): everything is fetched for the
 *   first query;
 * - the reader types after focusing the box: Pagefind and the index metadata were preloaded, the
 *   first query fetches the index chunk and result fragments; then a second query.
 * Written to .tmp/search-perf.json and checked against a budget (the Starlight peer: 99–100 KB
 * and ~800 ms to its first result, `npm run bench -- --peer`).
 */
const queries: Record<string, [string, string]> = {
  'zh-hans': ['网格', '知识产权'],
  'zh-hant': ['網格', '知識產權'],
  en: ['grid', 'intellectual property'],
};

interface Measure {
  bytes: number;
  requests: string[];
  /** From the input event to the results on screen (includes the 150 ms debounce). */
  ms: number;
  /** From the search starting (debounce over) to the results on screen. */
  searchMs: number;
}

interface Recorder {
  bytes: number;
  requests: string[];
  /** Every response since the page was opened: path and bytes over the wire. */
  all: { url: string; bytes: number }[];
}

async function record(page: Page): Promise<{ cdp: CDPSession; rec: Recorder }> {
  const rec: Recorder = { bytes: 0, requests: [], all: [] };
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  const urls = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, new URL(e.request.url).pathname));
  cdp.on('Network.loadingFinished', (e) => {
    const url = urls.get(e.requestId) ?? '?';
    if (url.endsWith('favicon.svg')) return; // the browser's own, not the search's
    rec.bytes += e.encodedDataLength;
    rec.requests.push(url);
    rec.all.push({ url, bytes: e.encodedDataLength });
  });
  return { cdp, rec };
}

async function query(page: Page, q: string, rec: Recorder): Promise<Measure> {
  rec.bytes = 0;
  rec.requests = [];
  await page.evaluate(() => performance.clearMarks());
  await page.locator('#search-q').fill(q);
  await waitForResults(page, q);
  const [ms = NaN, searchMs = NaN] = await page.evaluate(() => {
    const marks = performance.getEntriesByType('mark');
    const input = marks.filter((m) => m.name === 'search:input').at(-1);
    const start = marks.filter((m) => m.name.startsWith('search:start:')).at(-1);
    const rendered = marks.filter((m) => m.name.startsWith('search:rendered:')).at(-1);
    return input && start && rendered
      ? [rendered.startTime - input.startTime, rendered.startTime - start.startTime]
      : [];
  });
  return { bytes: rec.bytes, requests: [...rec.requests], ms, searchMs };
}

// One at a time: timings taken while other tests share the CPU would measure the machine.
test.describe.configure({ mode: 'serial' });

// Measured once, in one profile (playwright.config.ts).

const reportFile = '.tmp/search-perf.json';
type Report = Record<
  string,
  { cold: Measure; preload: { bytes: number; requests: string[] }; first: Measure; second: Measure }
>;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

for (const [segment, [first, second]] of Object.entries(queries)) {
  test(`${segment}: a first query costs at most 94 KB (the peer) and never stalls (4 s cold, 3 s preloaded); a second one 2.5 KB`, async ({
    browser,
  }) => {
    // Cold: type as soon as the page's script is ready.
    const coldPage = await browser.newPage();
    const cold = await record(coldPage);
    await coldPage.goto(`/${segment}/search/`);
    await expect(coldPage.locator('[data-search][data-ready]')).toHaveCount(1);
    const coldQuery = await query(coldPage, first, cold.rec);
    // Whatever the search fetched since the page opened (the idle preload may have started).
    const searchFiles = cold.rec.all.filter((r) => r.url.includes('/pagefind/'));
    coldQuery.bytes = searchFiles.reduce((sum, r) => sum + r.bytes, 0);
    coldQuery.requests = searchFiles.map((r) => r.url);
    await coldPage.close();

    // Preloaded: the reader is in the box (which starts the load) a moment before typing.
    const page = await browser.newPage();
    const { rec } = await record(page);
    await page.goto(`/${segment}/search/`);
    await expect(page.locator('[data-search][data-ready]')).toHaveCount(1);
    await page.locator('#search-q').focus();
    await page.waitForLoadState('networkidle');
    await expect.poll(() => rec.requests.some((r) => r.endsWith('.pf_meta'))).toBe(true);
    const preloaded = rec.all.filter((r) => r.url.includes('/pagefind/'));
    const preload = {
      bytes: preloaded.reduce((sum, r) => sum + r.bytes, 0),
      requests: preloaded.map((r) => r.url),
    };
    const one = await query(page, first, rec);
    const two = await query(page, second, rec);
    await page.close();

    const report: Report = fs.existsSync(reportFile)
      ? (JSON.parse(fs.readFileSync(reportFile, 'utf8')) as Report)
      : {};
    report[segment] = { cold: coldQuery, preload, first: one, second: two };
    fs.mkdirSync('.tmp', { recursive: true });
    fs.writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
    test.info().annotations.push({
      type: 'measured',
      description:
        `${segment}: cold first “${first}” ${kb(coldQuery.bytes)} in ${coldQuery.ms.toFixed(0)} ms; ` +
        `preloaded on focus ${kb(preload.bytes)}, then first ${kb(one.bytes)} in ${one.ms.toFixed(0)} ms ` +
        `(search ${one.searchMs.toFixed(0)} ms), second “${second}” ${kb(two.bytes)} in ${two.ms.toFixed(0)} ms (search ${two.searchMs.toFixed(0)} ms)`,
    });

    expect(coldQuery.requests.some((r) => r.endsWith('/pagefind/pagefind.js'))).toBe(true);
    // The peer (Starlight, same article) fetched about 94–100 KB for its first query
    // (`npm run bench -- --peer`); ours is about 89 KB.
    expect(coldQuery.bytes).toBeLessThan(94 * 1024);
    // Only a stall fails here (a blocking load, a lost debounce): on a loaded 2-core machine a
    // preloaded query took 1.45 s where it takes 0.4 s alone. Speed itself is the benchmark's
    // (`npm run bench`); the measured numbers are in the report.
    expect(coldQuery.ms).toBeLessThan(4000);
    expect(one.requests.some((r) => r.endsWith('pagefind.js') || r.includes('wasm'))).toBe(false);
    expect(one.ms).toBeLessThan(3000);
    // A second query in a section not loaded yet fetches that one fragment (about 2.2–2.4 KB).
    expect(two.bytes).toBeLessThan(2.5 * 1024);
    expect(two.ms).toBeLessThan(3000);
  });
}
