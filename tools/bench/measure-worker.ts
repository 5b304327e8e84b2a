/**
 * `--worker` (tool): Pagefind's web worker against none, first query, on a phone-like CPU
 * (4× throttled) and unthrottled.
 */
import type { BenchContext } from './context.ts';
import { HELD_OUT } from './queries.ts';
import { OUR_UI, searchTimings, summarise, type QueryRun, type QuerySummary } from './search.ts';
import { fmt, kb, table, type Cell } from './stats.ts';

export async function measureWorker(ctx: BenchContext, base: string): Promise<Record<string, QuerySummary>> {
  const results: Record<string, QuerySummary> = {};
  const rows: Cell[][] = [];
  for (const e of ['zh-hans', 'en'] as const) {
    for (const throttle of [1, 4]) {
      for (const worker of [false, true]) {
        const rs: QueryRun[][] = [];
        for (let i = 0; i < Math.max(ctx.runs, 3); i++)
          rs.push(
            await searchTimings(ctx.browser, `${base}${e}/search/`, HELD_OUT[e].slice(0, 1), OUR_UI, {
              throttle,
              worker,
            }),
          );
        const [q] = summarise(rs);
        if (!q) continue;
        results[`${e} ${throttle}x ${worker ? 'worker' : 'noWorker'}`] = q;
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
  return results;
}
