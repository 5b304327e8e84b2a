/**
 * The servers a bench run starts (tool, runs in Node): tools/serve.ts through tools/serve-child.ts,
 * on the port asked for (BENCH_PORT and its neighbours), awaited by its own "Serving" line, and all
 * stopped when the run ends, also on a crash.
 */
import { startServe, type ServeChild } from '../serve-child.ts';

const running = new Set<ServeChild>();
process.on('exit', () => {
  for (const s of running) s.stop();
});

/**
 * Serves `dir` on `port` under `basePath` (as the build was made: BASE_PATH); resolves with its URL
 * once it listens (never another server's port).
 */
export async function serve(
  dir: string,
  port: number,
  basePath = process.env['BASE_PATH'] || '/',
): Promise<ServeChild> {
  let server: ServeChild;
  try {
    server = await startServe({ dir, port, basePath });
  } catch (e) {
    throw new Error(`the server for ${dir} did not start (${(e as Error).message}); is port ${port} taken?`, {
      cause: e,
    });
  }
  running.add(server);
  server.child.once('exit', () => running.delete(server));
  return server;
}
