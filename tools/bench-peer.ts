/**
 * Sets up and builds the bench's peer alone (Astro Starlight with the same 2024 review, in
 * /tmp/pingan-peer or PEER_DIR; see tools/bench/peer.ts), e.g. ahead of `npm run bench -- --peer`.
 * Tool (local machine, needs npm's registry the first time). Exits 1 when the peer was skipped.
 */
import { parseCommandLine } from './args.ts';
import { preparePeer } from './bench/peer.ts';

parseCommandLine('usage: npx node tools/bench-peer.ts   (PEER_DIR: where, default /tmp/pingan-peer)', {});
const r = preparePeer();
if (r.skipped !== undefined) {
  console.log(`peer skipped: ${r.skipped}`);
  process.exitCode = 1;
} else console.log(`peer built: ${r.dist} (${JSON.stringify(r.versions)})`);
