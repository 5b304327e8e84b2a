/**
 * `npm run smoke -- <url> [options]`: checks a published copy of the site from the outside, after
 * a deploy (or against `tools/serve.ts` locally). Plain Node, no browser:
 *
 *   1. sitemap.xml at <url> lists pages under <url>; its hreflang alternates are reciprocal;
 *   2. every listed page answers 200 with HTML, the `<html lang>` its hreflang says, and the same
 *      alternates in its `<head>` as in the sitemap;
 *   3. everything the pages load answers 200 with a fitting content type: scripts (and the chunks
 *      they import), styles, icons, feeds, share images (PNG, 1200×630), robots.txt;
 *   4. every response carries the headers `_headers` gives its path (a CDN does not serve
 *      `_headers` itself: it is read from the local build, or from --headers FILE);
 *   5. every page meets the security-header floor (src/publish/header-floor.ts) whatever
 *      `_headers` says, and every response sends nosniff; a missing page answers 404 with 404.html;
 *   6. one search per edition returns results from that edition, with the site's own Pagefind
 *      bundle loaded over HTTP and run in Node (pagefind.js runs outside a browser when told its
 *      language; that exercises the same files, wasm and index chunks a reader's browser fetches,
 *      without needing Chromium on the machine that runs the check).
 *
 * A preview build (made with no public address: its URLs local, robots.txt disallowing all) on a
 * public address is refused at once.
 *
 * Options:
 *   --headers FILE   the `_headers` the site was deployed with (default: $OUT_DIR/_headers or dist/_headers)
 *   --no-headers     skip the header comparison (e.g. a host that is configured another way)
 *   --remap          the build was made for another SITE_URL/BASE_PATH than <url> (a local copy):
 *                    check the same paths under <url>. Without it, a sitemap naming another
 *                    address is a failure (SITE_URL was wrong at build).
 *   --query LANG=WORDS  what to search in one edition (default: the edition's site name)
 *   --report FILE    also write the report as Markdown (for a release note)
 *   --verbose        list every URL fetched
 *
 * Exits 0 when every check passes, 1 with a report of each problem otherwise, 2 on bad usage.
 * Tool (any machine that reaches the site).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseHeadersFile, type HeaderRule } from '../src/publish/headers.ts';
import { hreflangProblems, readPageHead, type SitemapEntry } from '../src/publish/sitemap.ts';
import { parseSitemap } from './smoke/sitemap.ts';
import { parseCommandLine, usageError } from './args.ts';
import { pageAssets, scriptImports } from './smoke/page-assets.ts';
import { checkAsset } from './smoke/asset-check.ts';
import { createFetcher, describe, pool, type CheckedResponse } from './smoke/fetcher.ts';
import { checkSearch } from './smoke/search-check.ts';
import { markdownReport, terminalReport, type SmokeSummary } from './smoke/report.ts';
import { checkNotFound, previewRefusal } from './smoke/site-checks.ts';

const USAGE =
  'usage: npm run smoke -- <url> [--headers FILE | --no-headers] [--remap] [--query LANG=WORDS] [--report FILE] [--verbose]';
const { values: opts, positionals } = parseCommandLine(
  USAGE,
  {
    headers: { type: 'string' },
    'no-headers': { type: 'boolean' },
    remap: { type: 'boolean' },
    query: { type: 'string', multiple: true },
    report: { type: 'string' },
    verbose: { type: 'boolean' },
  },
  { allowPositionals: true },
);
if (positionals.length !== 1)
  usageError(positionals.length === 0 ? 'Which site? Give its URL.' : 'One URL at a time.', USAGE);
const bad = (opts.query ?? []).find((q) => !/^[^=]+=./.test(q));
if (bad !== undefined) usageError(`--query ${bad}: write it as LANG=WORDS (e.g. en=police).`, USAGE);
let baseUrl: URL;
try {
  baseUrl = new URL(positionals[0] as string);
} catch {
  usageError(`smoke: "${positionals[0]}" is not a URL (e.g. https://example.org/reviews/)`, USAGE);
}
if (!baseUrl.pathname.endsWith('/')) baseUrl.pathname += '/';
const base = baseUrl.href;

// ------------------------------------------------------------------------------------------------
// Report

const problems: string[] = [];
const counts = { pages: 0, assets: 0, searches: 0, headerChecks: 0 };
const problem = (what: string, detail: string) => problems.push(`${what}: ${detail}`);

// ------------------------------------------------------------------------------------------------
// Headers to expect

let rules: HeaderRule[] | undefined;
if (!opts['no-headers']) {
  const file = opts.headers ?? path.join(process.env['OUT_DIR'] ?? 'dist', '_headers');
  if (fs.existsSync(file)) rules = parseHeadersFile(fs.readFileSync(file, 'utf8'));
  else
    problem(
      'headers',
      `no _headers file at ${file} to compare with (build first, pass --headers FILE, or --no-headers)`,
    );
}

// ------------------------------------------------------------------------------------------------
// Fetching, with every response checked against _headers (tools/smoke/fetcher.ts)

const checked: CheckedResponse[] = [];
const fetcher = createFetcher(
  base,
  rules,
  problem,
  () => counts.headerChecks++,
  (r) => checked.push(r),
);
const { get, toLive } = fetcher;

// ------------------------------------------------------------------------------------------------
// 1. The sitemap

const sitemapUrl = new URL('sitemap.xml', base).href;
const sitemapRes = await get(sitemapUrl);
let entries: SitemapEntry[] = [];
if (sitemapRes.status !== 200) {
  problem('sitemap.xml', `${sitemapUrl} ${describe(sitemapRes)}`);
} else {
  entries = parseSitemap(sitemapRes.text());
  if (entries.length === 0) problem('sitemap.xml', 'lists no URL');
}

let builtRoot: string | undefined;
if (entries.length > 0) {
  // The longest folder every listed URL is under: the SITE_URL + BASE_PATH of the build.
  const locs = entries.map((e) => e.loc);
  let root = locs.reduce((a, b) => {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    return a.slice(0, i);
  });
  root = root.slice(0, root.lastIndexOf('/') + 1);
  builtRoot = root;
  if (root !== base) {
    if (opts.remap) {
      fetcher.setBuiltRoot(root);
      console.log(
        `The build names ${root} (its SITE_URL and BASE_PATH); checking the same paths under ${base}.`,
      );
    } else {
      problem(
        'sitemap.xml',
        `its URLs are under ${root}, not ${base}: the site was built with another SITE_URL or BASE_PATH ` +
          '(rebuild with the right ones, or pass --remap to check a copy served elsewhere)',
      );
      entries = [];
    }
  }
  for (const p of hreflangProblems(entries)) problem('sitemap.xml hreflang', p);
}

// A preview build on a public address: refused before anything else is reported.
const robotsRes = await get(new URL('robots.txt', base).href);
const refusal = previewRefusal(base, builtRoot, robotsRes.status === 200 ? robotsRes.text() : '');
if (refusal) {
  process.stdout.write(`\nsmoke REFUSED: ${refusal}\n`, () => process.exit(1));
  await new Promise(() => {});
}

// ------------------------------------------------------------------------------------------------
// 2. Pages, and what they load

const selfLang = (entry: SitemapEntry) =>
  entry.alternates.find((a) => a.href === entry.loc && a.hreflang !== 'x-default')?.hreflang;
const siteLangs = [...new Set(entries.map(selfLang).filter((l): l is string => Boolean(l)))];
const assets = new Map<string, { from: string; kind: string }>(); // live URL → where it was found
const siteNames = new Map<string, string>(); // lang → og:site_name
const sameSite = (u: string) => u.startsWith(base);

function addAsset(ref: string | undefined, pageUrl: string, kind: string): void {
  if (!ref || /^(data|mailto|tel|javascript):/i.test(ref)) return;
  const live = toLive(new URL(ref, pageUrl).href).replace(/#.*/s, '');
  if (!sameSite(live)) return;
  if (!assets.has(live)) assets.set(live, { from: pageUrl, kind });
}

await pool(entries, async (entry) => {
  const url = toLive(entry.loc);
  const res = await get(url);
  counts.pages++;
  if (res.status !== 200) {
    problem(`page ${url}`, describe(res));
    return;
  }
  const type = res.headers.get('content-type') ?? '';
  if (!type.startsWith('text/html')) {
    problem(`page ${url}`, `content-type is ${type}, not text/html`);
    return;
  }
  const html = res.text();
  const head = readPageHead(html);
  const expectedLang = selfLang(entry);
  if (expectedLang && head.lang !== expectedLang)
    problem(`page ${url}`, `<html lang="${head.lang}">, its hreflang is ${expectedLang}`);
  if (!expectedLang && !siteLangs.includes(head.lang ?? ''))
    problem(`page ${url}`, `<html lang="${head.lang}"> is none of ${siteLangs.join(', ')}`);
  const norm = (list: SitemapEntry['alternates']) =>
    list
      .map((a) => `${a.hreflang} ${a.href}`)
      .sort()
      .join('\n');
  if (norm(head.alternates) !== norm(entry.alternates)) {
    problem(
      `page ${url}`,
      `its hreflang links differ from the sitemap's:\n    page: ${norm(head.alternates).replace(/\n/g, ', ')}\n    sitemap: ${norm(entry.alternates).replace(/\n/g, ', ')}`,
    );
  }
  const found = pageAssets(html);
  for (const { ref, kind } of found.assets) addAsset(ref, url, kind);
  // A figure page's embed (in its iframe code, as text): fetched, so its framing headers are checked.
  addAsset(/src=&quot;([^&"]+\/embed\/)&quot;/.exec(html)?.[1], url, 'embed');
  if (found.siteName && expectedLang && !siteNames.has(expectedLang))
    siteNames.set(expectedLang, found.siteName);
  if (found.badJsonLd > 0) problem(`page ${url}`, 'its JSON-LD is not valid JSON');
});

const robotsUrl = new URL('robots.txt', base).href;
assets.set(robotsUrl, { from: base, kind: 'robots' });

const assetContext = { listed: new Set(entries.map((e) => e.loc)), sitemapUrl, toLive, problem };
const seen = new Set<string>();
while (seen.size < assets.size) {
  const batch = [...assets.keys()].filter((u) => !seen.has(u));
  batch.forEach((u) => seen.add(u));
  await pool(batch, async (url) => {
    const { from, kind } = assets.get(url) as { from: string; kind: string };
    const res = await get(url);
    counts.assets++;
    if (res.status !== 200) {
      problem(`${kind} ${url}`, `${describe(res)} (loaded by ${from})`);
      return;
    }
    checkAsset(kind, url, res, assetContext);
    if (kind === 'script') for (const ref of scriptImports(res.text())) addAsset(ref, url, 'script');
  });
}

// ------------------------------------------------------------------------------------------------
// 5. Search, per edition

const queries: Record<string, string> = Object.fromEntries(
  (opts.query ?? []).map((q) => [q.slice(0, q.indexOf('=')), q.slice(q.indexOf('=') + 1)]),
);
if (entries.length > 0)
  await checkSearch({
    base,
    basePath: baseUrl.pathname,
    fetcher,
    langs: siteLangs,
    pagesOf: (lang) =>
      new Set(entries.filter((e) => selfLang(e) === lang).map((e) => new URL(toLive(e.loc)).pathname)),
    queryFor: (lang) => queries[lang] ?? siteNames.get(lang),
    problem,
    onSearch: () => counts.searches++,
  });

// ------------------------------------------------------------------------------------------------
// 6. The 404 page

await checkNotFound(base, fetcher, problem);

// ------------------------------------------------------------------------------------------------
// Report: the tables (and --report FILE in Markdown), then the verdict

const summary: SmokeSummary = {
  base,
  at: new Date().toISOString(),
  counts,
  comparedHeaders: rules !== undefined,
  responses: checked,
  problems,
};
console.log(terminalReport(summary));
if (opts.report) {
  fs.writeFileSync(opts.report, markdownReport(summary));
  console.log(`\nReport written to ${opts.report} (Markdown).`);
}
if (opts.verbose) for (const url of fetcher.fetchedUrls().sort()) console.log(`  fetched ${url}`);
console.log(
  `\nChecked ${base}: ${counts.pages} pages, ${counts.assets} files they load, ` +
    `${rules ? `${counts.headerChecks} responses against _headers` : 'no header check'}, ${counts.searches} searches.`,
);
if (problems.length === 0) {
  console.log('smoke OK: every check passed.');
  process.exit(0);
}
// One write, and exit only once it is flushed: process.exit() right after console.log drops what
// a pipe (CI logs, a test reading the report) has not taken yet, and a long report was cut short.
const report = [
  `\nsmoke FAILED: ${problems.length} problem${problems.length === 1 ? '' : 's'}:`,
  ...problems.map((p) => `  ✗ ${p}`),
];
process.stdout.write(`${report.join('\n')}\n`, () => process.exit(1));
