/**
 * `--years 1,10,50` (tool): synthetic archives of that many years (tools/bench/synthetic.ts),
 * each built, measured on disk and searched once per edition.
 */
import path from 'node:path';
import type { BenchContext } from './context.ts';
import { EDITIONS, QUERIES } from './queries.ts';
import { printScale, type ScaleRow } from './report.ts';
import { searchTimings, type QueryRun } from './search.ts';
import { serve } from './servers.ts';
import { build, dirSize, indexSizes } from './site-build.ts';
import { syntheticContent } from './synthetic.ts';

export async function measureScale(ctx: BenchContext, yearsList: number[]): Promise<ScaleRow[]> {
  const scale: ScaleRow[] = [];
  let port = ctx.port + 100;
  for (const n of yearsList) {
    const content = syntheticContent(n, ctx.tmp);
    const out = path.join(ctx.tmp, `dist-${n}`);
    const b = build(content, out, ctx.tmp);
    const size = dirSize(out);
    const server = await serve(out, ++port);
    const search: Record<string, QueryRun[]> = {};
    for (const e of EDITIONS)
      search[e] = await searchTimings(ctx.browser, `${server.url}${e}/search/`, QUERIES[e]);
    server.stop();
    scale.push({ years: n, pages: b.pages, build: b, dist: size, index: indexSizes(out), search });
    process.stdout.write('.');
  }
  printScale(scale);
  return scale;
}
