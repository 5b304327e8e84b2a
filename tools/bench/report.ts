/**
 * The bench's printed tables (tool, writes to stdout): page weights, search, request-by-request
 * breakdowns, ours against the peer, and the synthetic archives.
 */
import { EDITIONS, HELD_OUT_ANCHORS } from './queries.ts';
import type { Fetch } from './requests.ts';
import type { EditionSearch, QueryRun, QuerySummary } from './search.ts';
import type { BuildTimes } from './site-build.ts';
import { fmt, fmtKb, kb, sumOf, table, type Stat } from './stats.ts';

/** A page's load figures (and Lighthouse's, as `lh_<name>`), each over the runs. */
export type PageFigures = Record<string, Stat>;

const LH_SCORES = ['performance', 'accessibility', 'best-practices', 'seo'];

export function printPages(pages: Record<string, PageFigures>): void {
  const cell = (r: PageFigures, k: string, show: (s: Stat) => string) => {
    const s = r[k];
    return s ? show(s) : '–';
  };
  const kbOf = (s: Stat) => kb(s.median);
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
      Object.entries(pages).map(([p, r]) => [
        p,
        ...['html', 'css', 'js', 'image', 'font', 'total'].map((k) => cell(r, k, kbOf)),
        cell(r, 'requests', (s) => String(s.median)),
        cell(r, 'jsExecuted', kbOf),
        r['lh_performance'] ? LH_SCORES.map((k) => r[`lh_${k}`]?.median).join('/') : '–',
        cell(r, 'lh_lcp', (s) => fmt(s)),
        cell(r, 'lh_tbt', (s) => fmt(s)),
        cell(r, 'lh_cls', (s) => s.median.toFixed(3)),
      ]),
    ),
  );
}

const nth = (j: number) => (j === 0 ? 'first' : 'second');

export function printSearch(search: EditionSearch): void {
  console.log(
    table(
      ['edition', 'query', 'KB on wire', 'KB body', 'requests', 'ms to first result'],
      Object.entries(search).flatMap(([e, qs]) =>
        qs.map((q, j) => [
          e,
          `${nth(j)}: ${q.query}`,
          fmtKb(q.bytes),
          kb(q.body.median),
          q.requests.length,
          fmt(q.ms),
        ]),
      ),
    ),
  );
}

/** A first query's requests, one line each, largest first. */
export function breakdown(title: string, requests: Fetch[], origin: string): void {
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

/** Whether a held-out query's results link to the paragraphs it must reach (shown results). */
export function rightParagraph(q: QuerySummary): string {
  const want = HELD_OUT_ANCHORS[q.query];
  if (!want) return '–';
  const got = new Set(q.hrefs.map((h) => decodeURIComponent(h.split('#')[1] ?? '')));
  const missing = want.filter((a) => !got.has(a));
  return missing.length === 0 ? `yes (${want.join(', ')})` : `NO: ${missing.join(', ')} missing`;
}

/** Ours against the peer, query by query. */
export function printVersusPeer(title: string, ours: EditionSearch, theirs: EditionSearch): void {
  console.log(`\n${title}`);
  const both = (q: QuerySummary) => `${kb(q.bytes.median)} (${kb(q.body.median)})`;
  console.log(
    table(
      ['edition', 'query', 'ours KB', 'peer KB', 'ours/peer', 'ours ms', 'peer ms', 'ours: right paragraph'],
      EDITIONS.flatMap((e) =>
        (ours[e] ?? []).map((q, j) => {
          const t = theirs[e]?.[j];
          return [
            e,
            `${nth(j)}: ${q.query}`,
            both(q),
            t ? both(t) : '–',
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

/** One synthetic archive's figures. */
export interface ScaleRow {
  years: number;
  pages: number;
  build: BuildTimes;
  dist: { bytes: number; files: number };
  index: Record<string, number>;
  search: Record<string, QueryRun[]>;
}

export function printScale(scale: ScaleRow[]): void {
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
        ...EDITIONS.map((e) => `${e} index KB`),
        ...EDITIONS.map((e) => `${e} 1st query KB`),
      ],
      scale.map((s) => [
        s.years,
        s.pages,
        (s.build.total / 1000).toFixed(1),
        s.build.pagefind,
        (s.dist.bytes / 2 ** 20).toFixed(2),
        s.dist.files,
        ...EDITIONS.map((e) => kb(s.index[e] ?? 0)),
        ...EDITIONS.map((e) => kb(s.search[e]?.[0]?.bytes ?? 0)),
      ]),
    ),
  );
}
