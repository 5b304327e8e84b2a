import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/**
 * Debian's nginx for tests (test-side code, run in Node): runs without the system's service, as
 * TOOLCHAIN.md says: `nginx -c /abs/nginx.conf -p /abs/prefix`, with the pid file, error log and
 * every temp path inside the prefix, mime.types from /etc/nginx; stopped by its pid file.
 */

/** The nginx binary, or undefined (npm test installs `nginx-light` as root when it is missing). */
export function nginxBinary(): string | undefined {
  for (const p of [process.env['NGINX'], '/usr/sbin/nginx', '/usr/bin/nginx'])
    if (p && fs.existsSync(p)) return p;
  return undefined;
}

/** Waits until something accepts connections on 127.0.0.1:`port`. */
async function listening(port: number, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => {
        s.end();
        resolve(true);
      });
      s.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not listen on 127.0.0.1:${port} within ${ms} ms`);
}

/**
 * Starts nginx in `prefix` (a fresh folder) with `server` (a complete `server { … }` block
 * listening on 127.0.0.1:`port`) inside an `http` block. Resolves once it listens; `stop()`
 * ends it by its pid file.
 */
export async function startNginx(
  prefix: string,
  server: string,
  port: number,
): Promise<{ stop: () => void; errorLog: () => string }> {
  const bin = nginxBinary();
  if (!bin)
    throw new Error('nginx is not installed: apt-get install -y nginx-light (npm test does it as root)');
  fs.mkdirSync(prefix, { recursive: true });
  const p = (f: string) => path.join(prefix, f);
  fs.writeFileSync(p('site.conf'), server);
  const temps = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'];
  const conf = [
    'worker_processes 1;',
    // As root, nginx's workers would switch to `nobody`, who cannot read a private temp folder.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    'daemon on;',
    `pid ${p('nginx.pid')};`,
    `error_log ${p('error.log')} warn;`,
    'events { worker_connections 128; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    ...temps.map((t) => `  ${t}_temp_path ${p(t)};`),
    `  include ${p('site.conf')};`,
    '}',
    '',
  ].join('\n');
  fs.writeFileSync(p('nginx.conf'), conf);
  const r = spawnSync(bin, ['-c', p('nginx.conf'), '-p', `${prefix}/`], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`nginx did not start: ${r.stderr}`);
  await listening(port);
  const stop = () => {
    try {
      process.kill(Number(fs.readFileSync(p('nginx.pid'), 'utf8').trim()), 'SIGTERM');
    } catch {
      /* already stopped */
    }
  };
  return {
    stop,
    errorLog: () => (fs.existsSync(p('error.log')) ? fs.readFileSync(p('error.log'), 'utf8') : ''),
  };
}
