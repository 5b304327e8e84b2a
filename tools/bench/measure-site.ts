/**
 * The site as it is (tool): clean builds, page weights and Lighthouse per page, and the search
 * queries of every edition, with the first query's requests one by one.
 */
import path from 'node:path';
import type { BenchContext } from './context.ts';
import { lighthouse } from './lighthouse.ts';
import { loadPage } from './page-load.ts';
import { QUERIES, EDITIONS } from './queries.ts';
import { breakdown, printPages, printSearch, type PageFigures } from './report.ts';
import { searchEditions, type EditionSearch } from './search.ts';
import { build } from './site-build.ts';
import { fmt, stat, type Stat } from './stats.ts';

/** Each key's figures over the runs. */
const statsOf = <K extends string>(xs: Record<K, number>[], prefix = ''): Record<string, Stat> =>
  xs[0]
    ? Object.fromEntries(Object.keys(xs[0]).map((k) => [prefix + k, stat(xs.map((x) => x[k as K]))]))
    : {};

/** `runs` clean builds of content/ into `<tmp>/dist`; prints and returns their times. */
export function measureBuilds({ runs, tmp }: BenchContext): { out: string; build: Record<string, Stat> } {
  const out = path.join(tmp, 'dist');
  const builds = Array.from({ length: runs }, () => build(path.resolve('content'), out, tmp));
  const b = Object.fromEntries(
    (['total', 'astro', 'hant', 'pagefind'] as const).map((k) => [k, stat(builds.map((x) => x[k]))]),
  ) as Record<'total' | 'astro' | 'hant' | 'pagefind', Stat>;
  console.log(
    `Clean build (${builds[0]?.pages} pages): total ${fmt(b.total, ' ms')} · Astro ${fmt(b.astro, ' ms')} (of which zh-hant conversion ${fmt(b.hant, ' ms')}) · Pagefind ${fmt(b.pagefind, ' ms')}\n`,
  );
  return { out, build: b };
}

/** Every edition's pages loaded `runs` times (and Lighthouse `runs` times unless `noLighthouse`). */
export async function measurePages(
  ctx: BenchContext,
  base: string,
  { noLighthouse }: { noLighthouse: boolean },
): Promise<Record<string, PageFigures>> {
  const pages = ['', ...EDITIONS.flatMap((e) => [`${e}/`, `${e}/2024/`, `${e}/search/`])];
  const results: Record<string, PageFigures> = {};
  for (const p of pages) {
    const loads = [];
    for (let i = 0; i < ctx.runs; i++) loads.push(await loadPage(ctx.browser, base + p));
    const lh = noLighthouse ? [] : Array.from({ length: ctx.runs }, () => lighthouse(base + p, ctx.tmp));
    results[`/${p}`] = { ...statsOf(loads), ...statsOf(lh, 'lh_') };
    process.stdout.write('.');
  }
  printPages(results);
  return results;
}

/** Both queries of every edition, then each first query request by request. */
export async function measureSearch(ctx: BenchContext, base: string): Promise<EditionSearch> {
  const search = await searchEditions(ctx.browser, base, QUERIES, ctx.runs);
  console.log(
    '\nSearch on the search page (typed query → first result visible, including the input debounce):',
  );
  printSearch(search);
  for (const e of EDITIONS) {
    const first = search[e]?.[0];
    if (first) breakdown(`First query, ${e} (${first.query}), request by request:`, first.requests, base);
  }
  return search;
}
