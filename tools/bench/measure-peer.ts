/**
 * `--peer` (tool): ours against Astro Starlight serving the same article (tools/bench/peer.ts),
 * same server and phone profile, on the held-out queries and on the search table's queries.
 */
import type { BenchContext } from './context.ts';
import { peerPage, preparePeer } from './peer.ts';
import { HELD_OUT, QUERIES, type QuerySet } from './queries.ts';
import { breakdown, printVersusPeer } from './report.ts';
import { PEER_UI, searchEditions, type EditionSearch } from './search.ts';
import { serve } from './servers.ts';

type PeerResults = { skipped: string } | Record<string, unknown>;

/** `ours` is the search table already measured (the same queries are not run twice). */
export async function measurePeer(
  ctx: BenchContext,
  base: string,
  ours: EditionSearch,
): Promise<PeerResults> {
  const peer = preparePeer({ log: (m) => console.log(`\n${m}`) });
  if (peer.skipped !== undefined) {
    console.log(`\nPeer: skipped (${peer.skipped}).`);
    return { skipped: peer.skipped };
  }
  const server = await serve(peer.dist, ctx.port + 1, '/');
  const peerBase = server.url;
  const results: Record<string, unknown> = { versions: peer.versions };
  let heldOutTheirs: EditionSearch = {};
  const sets: [string, QuerySet][] = [
    ['held-out queries', HELD_OUT],
    ['the queries above', QUERIES],
  ];
  for (const [set, qs] of sets) {
    const mine = qs === QUERIES ? ours : await searchEditions(ctx.browser, base, qs, ctx.runs);
    const theirs = await searchEditions(ctx.browser, peerBase, qs, ctx.runs, {
      editions: peer.segments,
      ui: PEER_UI,
      pageOf: peerPage,
    });
    if (qs === HELD_OUT) heldOutTheirs = theirs;
    results[set] = { ours: mine, theirs };
    printVersusPeer(
      `Ours vs peer (Starlight ${peer.versions.starlight}, Pagefind ${peer.versions.pagefind}, same article, same server and profile), ${set}, KB on the wire (body):`,
      mine,
      theirs,
    );
  }
  server.stop();
  for (const e of peer.segments) {
    const first = heldOutTheirs[e]?.[0];
    if (first)
      breakdown(`Peer's first query, ${e} (${first.query}), request by request:`, first.requests, peerBase);
  }
  return results;
}
