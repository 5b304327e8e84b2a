import net from 'node:net';

/**
 * A free TCP port on 127.0.0.1, for a server or driver that must be told one (the Vitest server
 * tests, the engine suites' WebDriver servers). Test-side code, run in Node. Where the server can
 * bind port 0 itself and name the port it got (tools/serve.ts --port 0), prefer that: a port
 * picked here can be taken by another process before it is used.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}
