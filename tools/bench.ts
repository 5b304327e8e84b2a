#!/usr/bin/env node
/**
 * `npm run bench` — what the site costs a reader on a phone, and how the archive scales.
 *
 *   npm run bench                       # build, page weights, Lighthouse (median of 3), search
 *   npm run bench -- --years 1,10,50    # also: synthetic archives of 1, 10 and 50 years
 *   npm run bench -- --peer             # also: the same article on Astro Starlight, side by side
 *   options: --runs N (Lighthouse, page loads and searches, default 3), --no-lighthouse,
 *            --only-scale, --only-search (no page loads), --peer (scripts/bench-peer.mjs),
 *            --worker (Pagefind's web worker against none, throttled and not)
 *
 * Prints tables and writes JSON to bench-results/ (git-ignored). Every figure is a median with
 * min–max over the runs. Pages are served gzip-compressed from 127.0.0.1 by scripts/serve.mjs and
 * loaded in Debian Chromium with a Pixel 7 profile, cold cache each time.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, devices } from '@playwright/test';
import { peerPage, preparePeer } from './bench-peer.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const runs = Number(opt('runs', '3'));
const yearsList = opt('years', '').split(',').filter(Boolean).map(Number);
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const root = process.cwd();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-bench-'));
const resultsDir = path.join(root, 'bench-results');
fs.mkdirSync(resultsDir, { recursive: true });
const editions = ['zh-hans', 'zh-hant', 'en'];
const queries = {
  'zh-hans': ['网格', '诈骗'],
  'zh-hant': ['網格', '詐騙'],
  en: ['grid', 'fraud'],
};
/**
 * Held-out queries for the side-by-side with the peer (`--peer`): words every edition's text and
 * the peer's page contain, and that no recall test (e2e/search-recall.data.ts) or search spec uses.
 */
const heldOut = {
  'zh-hans': ['巡逻', '矛盾纠纷'],
  'zh-hant': ['巡邏', '矛盾糾紛'],
  en: ['patrol', 'disputes'],
};
/** The paragraphs each held-out query must reach (their anchors on the review page). */
const heldOutAnchors = {
  巡逻: ['political-leadership-5'],
  矛盾纠纷: ['political-leadership-5', 'team-building-1'],
  巡邏: ['political-leadership-5'],
  矛盾糾紛: ['political-leadership-5', 'team-building-1'],
  patrol: ['political-leadership-5'],
  disputes: ['political-leadership-5', 'service-to-development-5', 'team-building-1'],
};

// ── helpers ─────────────────────────────────────────────────────────────────────────────
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stat = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });
const fmt = (s, unit = '', digits = 0) =>
  s.runs > 1 && s.min !== s.max
    ? `${s.median.toFixed(digits)}${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`
    : `${s.median.toFixed(digits)}${unit}`;
const kb = (bytes) => (bytes / 1024).toFixed(1);
const fmtKb = (s) =>
  s.runs > 1 && s.min !== s.max ? `${kb(s.median)} (${kb(s.min)}–${kb(s.max)})` : kb(s.median);
function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
function dirSize(dir) {
  let bytes = 0;
  let files = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      const s = dirSize(full);
      bytes += s.bytes;
      files += s.files;
    } else {
      bytes += fs.statSync(full).size;
      files += 1;
    }
  }
  return { bytes, files };
}
/** Pagefind's files per index language (`zh-hans_…`, `en_…`), in bytes. */
function indexSizes(dist) {
  const sizes = {};
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else {
        const m = /^(zh-hans|zh-hant|en)[_.]/i.exec(e.name);
        if (m) sizes[m[1].toLowerCase()] = (sizes[m[1].toLowerCase()] ?? 0) + fs.statSync(full).size;
      }
    }
  };
  if (fs.existsSync(path.join(dist, 'pagefind'))) walk(path.join(dist, 'pagefind'));
  return sizes;
}

/** A clean build of `contentDir` into `outDir`: wall time and its parts from the build log. */
function build(contentDir, outDir) {
  const cache = fs.mkdtempSync(path.join(tmp, 'cache-'));
  fs.rmSync(outDir, { recursive: true, force: true });
  const start = performance.now();
  const r = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: cache,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
  });
  const total = performance.now() - start;
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  const log = r.stdout + r.stderr;
  const hant = Number(/zh-hant conversion: (\d+) ms/.exec(log)?.[1] ?? NaN);
  const pagefind = Number(/\[pingan:pagefind\].* in (\d+) ms/.exec(log)?.[1] ?? NaN);
  const pages = Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? NaN);
  return { total, hant, pagefind, astro: total - (Number.isFinite(pagefind) ? pagefind : 0), pages };
}

/** The servers this run started: stopped when it ends, also on a crash. */
const servers = new Set();
process.on('exit', () => {
  for (const s of servers) s.kill();
});

/** Serves `dir` with scripts/serve.mjs; resolves once it says it listens (never another server's port). */
function serve(dir, port) {
  const child = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--dir', dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  servers.add(child);
  child.on('exit', () => servers.delete(child));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (/Serving .* at http/.test(out)) resolve(child);
    });
    child.on('exit', (code) =>
      reject(new Error(`the server for ${dir} exited (${code}); is port ${port} taken?`)),
    );
  });
}

const launchArgs = [
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** One cold load of a page: transferred bytes per type, request count, JS bytes executed. */
async function loadPage(browser, url) {
  const context = await browser.newContext({ ...devices['Pixel 7'] });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const byId = new Map();
  cdp.on('Network.responseReceived', (e) =>
    byId.set(e.requestId, { type: e.type, mime: e.response.mimeType, bytes: 0 }),
  );
  cdp.on('Network.loadingFinished', (e) => {
    const r = byId.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  });
  await page.coverage.startJSCoverage({ resetOnNavigation: false, reportAnonymousScripts: true });
  await page.goto(url, { waitUntil: 'networkidle' });
  const coverage = await page.coverage.stopJSCoverage();
  // JS executed: decoded bytes of every script that ran (inline and external).
  const executed = coverage
    .filter((c) => c.functions.some((f) => f.ranges.some((r) => r.count > 0)))
    .reduce((sum, c) => sum + (c.source?.length ?? 0), 0);
  const sums = { html: 0, css: 0, js: 0, image: 0, font: 0, other: 0 };
  for (const r of byId.values()) {
    const k =
      r.type === 'Document'
        ? 'html'
        : r.type === 'Stylesheet'
          ? 'css'
          : r.type === 'Script'
            ? 'js'
            : r.type === 'Image'
              ? 'image'
              : r.type === 'Font'
                ? 'font'
                : 'other';
    sums[k] += r.bytes;
  }
  await context.close();
  return {
    ...sums,
    total: Object.values(sums).reduce((a, b) => a + b, 0),
    requests: byId.size,
    jsExecuted: executed,
  };
}

/**
 * Every network response of a context (its pages and their workers: the peer's Pagefind UI
 * fetches from a web worker), from Playwright: URL, type, bytes on the wire (headers + encoded
 * body), the encoded body, and the response headers. `mark()` starts a stretch, `since(mark)`
 * lists its requests, `idle()` waits until nothing has been in flight for 500 ms.
 */
function recordRequests(context) {
  const all = [];
  const pending = new Set();
  let lastChange = Date.now();
  const settle = (req) => {
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
    const r = { url: req.url(), type: '', transfer: 0, body: 0, headers: 0 };
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
      while (pending.size > 0 || Date.now() - lastChange < 500) await new Promise((r) => setTimeout(r, 100));
    },
  };
}

const sumOf = (rs, k) => rs.reduce((a, r) => a + r[k], 0);

/**
 * Type queries into a search UI; bytes fetched (and per request) and time until the first
 * result shows. `ui` says how to reach the box and what a result is (ours or the peer's).
 */
async function searchTimings(browser, url, qs, ui = ourUi, { throttle = 1, worker = false } = {}) {
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
  const out = [];
  for (const q of qs) {
    await input.fill('');
    await page.waitForTimeout(300);
    const start = Date.now();
    await input.fill(q);
    await page.locator(ui.result).first().waitFor({ state: 'visible', timeout: 15000 });
    const ms = Date.now() - start;
    await rec.idle();
    // The browser's own favicon request lands whenever; it is no search's cost.
    const requests = rec.since(mark).filter((r) => !/\/favicon\.[a-z]+$/.test(new URL(r.url).pathname));
    const hrefs = await page
      .locator(ui.result)
      .evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
    out.push({
      query: q,
      ms,
      bytes: sumOf(requests, 'transfer'),
      body: sumOf(requests, 'body'),
      requests,
      hrefs,
    });
    // Clear results so the second query's first result is new.
    await input.fill('');
    await page
      .locator(ui.result)
      .first()
      .waitFor({ state: 'hidden', timeout: 5000 })
      .catch(() => {});
    await rec.idle();
    mark = rec.mark();
  }
  await context.close();
  return out;
}

/**
 * For the worker measurement only (`--worker`): our search code as built, but creating Pagefind
 * with its web worker (`noWorker: false`), and the page's CSP without Trusted Types, which would
 * refuse `new Worker(url)` from a string (Pagefind's). Nothing else changes.
 */
async function withPagefindWorker(page) {
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

/** Our search page: the box is there; a result is a passage link. */
const ourUi = {
  open: async (page) => page.locator('#search-q'),
  result: '.search-result__link',
};

/** Starlight: the search button opens a dialog holding Pagefind's default UI. */
const peerUi = {
  open: async (page) => {
    await page.locator('button[data-open-modal]').first().click();
    const input = page.locator('.pagefind-ui__search-input').first();
    await input.waitFor({ state: 'visible', timeout: 15000 });
    return input;
  },
  result: '.pagefind-ui__result-link',
};

/** Whether a held-out query's results link to the paragraphs it must reach (shown results). */
function rightParagraph(q) {
  const want = heldOutAnchors[q.query];
  if (!want) return '–';
  const got = new Set(q.hrefs.map((h) => decodeURIComponent(h.split('#')[1] ?? '')));
  const missing = want.filter((a) => !got.has(a));
  return missing.length === 0 ? `yes (${want.join(', ')})` : `NO: ${missing.join(', ')} missing`;
}

/** A first query's requests, one line each, largest first. */
function breakdown(title, requests, origin) {
  const rows = [...requests]
    .sort((a, b) => b.transfer - a.transfer)
    .map((r) => [
      r.url.replace(origin, '/').replace(/\?.*$/, (q) => (q.length > 30 ? `${q.slice(0, 30)}…` : q)),
      r.type,
      (r.transfer / 1024).toFixed(2),
      (r.body / 1024).toFixed(2),
      r.headers,
    ]);
  rows.push([
    'total',
    '',
    (sumOf(requests, 'transfer') / 1024).toFixed(2),
    (sumOf(requests, 'body') / 1024).toFixed(2),
    sumOf(requests, 'headers'),
  ]);
  console.log(`\n${title}`);
  console.log(table(['request', 'content-type', 'KB on wire', 'KB body', 'header B'], rows));
}

/** One Lighthouse run; retried twice, since Chromium now and then loses a trace (NO_NAVSTART). */
function lighthouse(url, attempt = 1) {
  try {
    return lighthouseOnce(url);
  } catch (e) {
    if (attempt >= 3) throw e;
    return lighthouse(url, attempt + 1);
  }
}

function lighthouseOnce(url) {
  const out = path.join(tmp, `lh-${Date.now()}.json`);
  const r = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/lighthouse/cli/index.js'),
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--form-factor=mobile',
      `--chrome-flags=--headless=new --no-sandbox --disable-gpu ${launchArgs.join(' ')}`,
    ],
    {
      encoding: 'utf8',
      env: { ...process.env, CHROME_PATH: chromePath },
    },
  );
  if (r.status !== 0 || !fs.existsSync(out))
    throw new Error(`lighthouse failed for ${url}: ${r.stderr.slice(-500)}`);
  const j = JSON.parse(fs.readFileSync(out, 'utf8'));
  return {
    performance: j.categories.performance.score * 100,
    accessibility: j.categories.accessibility.score * 100,
    'best-practices': j.categories['best-practices'].score * 100,
    seo: j.categories.seo.score * 100,
    lcp: j.audits['largest-contentful-paint'].numericValue,
    tbt: j.audits['total-blocking-time'].numericValue,
    cls: j.audits['cumulative-layout-shift'].numericValue,
  };
}

/**
 * A synthetic archive of `n` years: the real 2024 review plus n−1 clearly marked copies for
 * earlier years, with years shifted and every one-decimal percentage changed, written to a temp
 * folder (never content/ or dist/). Copies carry no charts (their figures are not checked data).
 */
function syntheticContent(n) {
  const dir = path.join(tmp, `content-${n}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(root, 'content'), dir, { recursive: true });
  for (let i = 1; i < n; i++) {
    const year = 2024 - i;
    const src = path.join(dir, 'reviews', '2024');
    const dst = path.join(dir, 'reviews', String(year));
    fs.mkdirSync(dst);
    const shift = (text) =>
      text
        .replace(/\b(20[0-3]\d)\b/g, (y) => String(Number(y) - i))
        .replace(/(\d+)\.(\d)%/g, (_, a, b) => `${((Number(`${a}.${b}`) * 10 + i) / 10).toFixed(1)}%`);
    for (const ed of ['zh-hans', 'en']) {
      fs.mkdirSync(path.join(dst, ed));
      for (const f of fs.readdirSync(path.join(src, ed))) {
        const text = fs.readFileSync(path.join(src, ed, f), 'utf8').replace(/\n<Chart id="[^"]+" \/>\n/g, '');
        fs.writeFileSync(path.join(dst, ed, f), shift(text));
      }
    }
    const meta = shift(fs.readFileSync(path.join(src, 'review.yml'), 'utf8'))
      .replace(/^(\s+zh-hans: )(.*年度回眸)$/m, '$1【合成测试数据】$2')
      .replace(/^(\s+en: )'(Safe Nantong: .*)'$/m, "$1'[SYNTHETIC] $2'");
    fs.writeFileSync(path.join(dst, 'review.yml'), meta);
  }
  return dir;
}

/** Each edition's queries, `runs` times each (a fresh cold context per run), as medians. */
async function searchEditions(browser, base, qs) {
  const out = {};
  for (const e of editions) {
    const rs = [];
    for (let i = 0; i < runs; i++) rs.push(await searchTimings(browser, `${base}${e}/search/`, qs[e]));
    out[e] = summarise(rs);
  }
  return out;
}

function summarise(rs) {
  return rs[0].map((q, j) => ({
    query: q.query,
    ms: stat(rs.map((r) => r[j].ms)),
    bytes: stat(rs.map((r) => r[j].bytes)),
    body: stat(rs.map((r) => r[j].body)),
    requests: q.requests,
    hrefs: q.hrefs,
  }));
}

function printSearch(search) {
  console.log(
    table(
      ['edition', 'query', 'KB on wire', 'KB body', 'requests', 'ms to first result'],
      Object.entries(search).flatMap(([e, qs]) =>
        qs.map((q, j) => [
          e,
          `${j === 0 ? 'first' : 'second'}: ${q.query}`,
          fmtKb(q.bytes),
          kb(q.body.median),
          q.requests.length,
          fmt(q.ms),
        ]),
      ),
    ),
  );
}

// ── run ─────────────────────────────────────────────────────────────────────────────────
const versions = {
  machine: `${os.type()} ${os.release()} · ${os.cpus()[0]?.model ?? '?'} × ${os.cpus().length} · ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
  node: process.version,
  chromium: execFileSync(chromePath, ['--version'], { encoding: 'utf8' }).trim(),
  astro: JSON.parse(fs.readFileSync('node_modules/astro/package.json', 'utf8')).version,
  pagefind: JSON.parse(fs.readFileSync('node_modules/pagefind/package.json', 'utf8')).version,
  lighthouse: JSON.parse(fs.readFileSync('node_modules/lighthouse/package.json', 'utf8')).version,
};
console.log(
  `Benchmark · ${new Date().toISOString()}\n${Object.entries(versions)
    .map(([k, v]) => `  ${k}: ${v}`)
    .join('\n')}\n`,
);
const results = { versions, runs };
const browser = await chromium.launch({ executablePath: chromePath, args: launchArgs });

if (!flag('only-scale')) {
  const out = path.join(tmp, 'dist');
  const builds = Array.from({ length: runs }, () => build(path.join(root, 'content'), out));
  results.build = Object.fromEntries(
    ['total', 'astro', 'hant', 'pagefind'].map((k) => [k, stat(builds.map((b) => b[k]))]),
  );
  console.log(
    `Clean build (${builds[0].pages} pages): total ${fmt(results.build.total, ' ms')} · Astro ${fmt(results.build.astro, ' ms')} (of which zh-hant conversion ${fmt(results.build.hant, ' ms')}) · Pagefind ${fmt(results.build.pagefind, ' ms')}\n`,
  );

  const port = Number(process.env.BENCH_PORT ?? 4600);
  const server = await serve(out, port);
  const base = `http://127.0.0.1:${port}/`;
  const pages = ['', ...editions.flatMap((e) => [`${e}/`, `${e}/2024/`, `${e}/search/`])];
  results.pages = {};
  for (const p of flag('only-search') ? [] : pages) {
    const loads = [];
    for (let i = 0; i < runs; i++) loads.push(await loadPage(browser, base + p));
    const lh = flag('no-lighthouse') ? [] : Array.from({ length: runs }, () => lighthouse(base + p));
    results.pages[`/${p}`] = {
      ...Object.fromEntries(Object.keys(loads[0]).map((k) => [k, stat(loads.map((l) => l[k]))])),
      ...(lh.length
        ? Object.fromEntries(Object.keys(lh[0]).map((k) => [`lh_${k}`, stat(lh.map((l) => l[k]))]))
        : {}),
    };
    process.stdout.write('.');
  }
  if (!flag('only-search')) {
    console.log('\n\nFirst load on a phone (Pixel 7 profile, gzip, cold cache), KB transferred:');
    console.log(
      table(
        [
          'page',
          'HTML',
          'CSS',
          'JS',
          'img',
          'font',
          'total',
          'req',
          'JS run',
          'LH perf/a11y/bp/seo',
          'LCP ms',
          'TBT ms',
          'CLS',
        ],
        Object.entries(results.pages).map(([p, r]) => [
          p,
          kb(r.html.median),
          kb(r.css.median),
          kb(r.js.median),
          kb(r.image.median),
          kb(r.font.median),
          kb(r.total.median),
          r.requests.median,
          kb(r.jsExecuted.median),
          r.lh_performance
            ? ['performance', 'accessibility', 'best-practices', 'seo']
                .map((k) => r[`lh_${k}`].median)
                .join('/')
            : '–',
          r.lh_lcp ? fmt(r.lh_lcp) : '–',
          r.lh_tbt ? fmt(r.lh_tbt) : '–',
          r.lh_cls ? r.lh_cls.median.toFixed(3) : '–',
        ]),
      ),
    );
  }

  results.search = await searchEditions(browser, base, queries);
  console.log(
    '\nSearch on the search page (typed query → first result visible, including the input debounce):',
  );
  printSearch(results.search);
  for (const e of editions)
    breakdown(
      `First query, ${e} (${results.search[e][0].query}), request by request:`,
      results.search[e][0].requests,
      base,
    );

  if (flag('worker')) {
    // Pagefind's web worker against none, on a phone-like CPU (4× throttled) and unthrottled.
    results.worker = {};
    const rows = [];
    for (const e of ['zh-hans', 'en']) {
      for (const throttle of [1, 4]) {
        for (const worker of [false, true]) {
          const rs = [];
          for (let i = 0; i < Math.max(runs, 3); i++)
            rs.push(
              await searchTimings(browser, `${base}${e}/search/`, [heldOut[e][0]], ourUi, {
                throttle,
                worker,
              }),
            );
          const [q] = summarise(rs);
          results.worker[`${e} ${throttle}x ${worker ? 'worker' : 'noWorker'}`] = q;
          rows.push([
            e,
            `${throttle}×`,
            worker ? 'worker' : 'noWorker',
            q.query,
            kb(q.bytes.median),
            fmt(q.ms),
          ]);
        }
      }
    }
    console.log('\nPagefind worker vs none, first query (Pixel 7 profile; CPU throttled 4× for a phone):');
    console.log(table(['edition', 'CPU', 'Pagefind', 'query', 'KB on wire', 'ms to first result'], rows));
  }

  if (flag('peer')) {
    const peer = preparePeer({ log: (m) => console.log(`\n${m}`) });
    if (peer.skipped) {
      console.log(`\nPeer: skipped (${peer.skipped}).`);
      results.peer = { skipped: peer.skipped };
    } else {
      const peerPort = port + 1;
      const peerServer = await serve(peer.dist, peerPort);
      const peerBase = `http://127.0.0.1:${peerPort}/`;
      results.peer = { versions: peer.versions };
      for (const [set, qs] of [
        ['held-out queries', heldOut],
        ['the queries above', queries],
      ]) {
        const ours = qs === queries ? results.search : await searchEditions(browser, base, qs);
        const theirs = {};
        for (const e of peer.segments) {
          const rs = [];
          for (let i = 0; i < runs; i++)
            rs.push(await searchTimings(browser, peerBase + peerPage(e), qs[e], peerUi));
          theirs[e] = summarise(rs);
        }
        results.peer[set] = { ours, theirs };
        console.log(
          `\nOurs vs peer (Starlight ${peer.versions.starlight}, Pagefind ${peer.versions.pagefind}, same article, same server and profile), ${set}, KB on the wire (body):`,
        );
        console.log(
          table(
            [
              'edition',
              'query',
              'ours KB',
              'peer KB',
              'ours/peer',
              'ours ms',
              'peer ms',
              'ours: right paragraph',
            ],
            editions.flatMap((e) =>
              ours[e].map((q, j) => {
                const t = theirs[e]?.[j];
                return [
                  e,
                  `${j === 0 ? 'first' : 'second'}: ${q.query}`,
                  `${kb(q.bytes.median)} (${kb(q.body.median)})`,
                  t ? `${kb(t.bytes.median)} (${kb(t.body.median)})` : '–',
                  t && t.bytes.median > 0 ? (q.bytes.median / t.bytes.median).toFixed(2) : '–',
                  fmt(q.ms),
                  t ? fmt(t.ms) : '–',
                  rightParagraph(q),
                ];
              }),
            ),
          ),
        );
      }
      peerServer.kill();
      const theirs = results.peer['held-out queries'].theirs;
      for (const e of peer.segments)
        breakdown(
          `Peer's first query, ${e} (${theirs[e][0].query}), request by request:`,
          theirs[e][0].requests,
          peerBase,
        );
    }
  }
  server.kill();
}

if (yearsList.length > 0) {
  results.scale = [];
  let port = Number(process.env.BENCH_PORT ?? 4600) + 100;
  for (const n of yearsList) {
    const content = syntheticContent(n);
    const out = path.join(tmp, `dist-${n}`);
    const b = build(content, out);
    const size = dirSize(out);
    const server = await serve(out, ++port);
    const search = {};
    for (const e of editions)
      search[e] = await searchTimings(browser, `http://127.0.0.1:${port}/${e}/search/`, queries[e]);
    server.kill();
    results.scale.push({ years: n, pages: b.pages, build: b, dist: size, index: indexSizes(out), search });
    process.stdout.write('.');
  }
  console.log('\n\nScale: synthetic archives (the real 2024 review + marked copies for earlier years):');
  console.log(
    table(
      [
        'years',
        'pages',
        'build s',
        'Pagefind ms',
        'dist MB',
        'files',
        ...editions.map((e) => `${e} index KB`),
        ...editions.map((e) => `${e} 1st query KB`),
      ],
      results.scale.map((s) => [
        s.years,
        s.pages,
        (s.build.total / 1000).toFixed(1),
        s.build.pagefind,
        (s.dist.bytes / 2 ** 20).toFixed(2),
        s.dist.files,
        ...editions.map((e) => kb(s.index[e] ?? 0)),
        ...editions.map((e) => kb(s.search[e][0].bytes)),
      ]),
    ),
  );
}

await browser.close();
const file = path.join(resultsDir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
fs.writeFileSync(file, JSON.stringify(results, null, 2));
fs.rmSync(tmp, { recursive: true, force: true });
console.log(`\nJSON: ${path.relative(root, file)}`);
