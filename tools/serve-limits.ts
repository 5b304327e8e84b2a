import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * How tools/serve.ts keeps slow clients from starving real ones (issue 21: about 1,100
 * connections sending their headers a byte at a time made it refuse real requests, each held
 * 60–90 s by Node's default timeouts):
 * - short timeouts: a request must arrive whole within HEADERS_MS (headers) and REQUEST_MS (all
 *   of it), checked every second instead of Node's 30;
 * - a connection cap: at MAX_CONNECTIONS open connections, a new one is accepted by closing the
 *   OLDEST connection that has no request in progress (a slow or idle client), so a newcomer
 *   is answered rather than queued behind it. Connections being answered are never cut; Node's
 *   own `maxConnections` (a little higher) refuses only when all of them are.
 */
export const MAX_CONNECTIONS = 400;
// Not shorter: Chromium opens connections ahead of use (preconnect) and, on a loaded machine, may
// send nothing on one for several seconds; at 5 s Node answered such a connection 408 and the
// next page load on it failed (ERR_HTTP_RESPONSE_CODE_FAILURE, seen in a fresh-clone run beside
// two other test runs). The cap below, not these timeouts, is what keeps slow clients out.
export const HEADERS_MS = 20_000;
export const REQUEST_MS = 30_000;
export const KEEP_ALIVE_MS = 2_000;

/** Options for `http.createServer`: how often Node checks the request timeouts. */
export const SERVER_OPTIONS = {
  connectionsCheckingInterval: 1_000,
  headersTimeout: HEADERS_MS,
  requestTimeout: REQUEST_MS,
};

export function limitConnections(server: Server): void {
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.maxConnections = MAX_CONNECTIONS + 100;
  /** Open connections, oldest first, and whether each has a request in progress. */
  const open = new Map<Socket, { busy: boolean }>();
  server.on('connection', (socket: Socket) => {
    if (open.size >= MAX_CONNECTIONS) {
      for (const [s, state] of open) {
        if (state.busy) continue;
        open.delete(s);
        s.destroy();
        break;
      }
    }
    open.set(socket, { busy: false });
    socket.on('close', () => open.delete(socket));
  });
  server.on('request', (req, res) => {
    const state = open.get(req.socket);
    if (!state) return;
    state.busy = true;
    res.on('close', () => (state.busy = false));
  });
}
