import fs from 'node:fs';
import path from 'node:path';

/** Every HTML page of the build, as site paths, for tests that visit them all. */
export function builtPages(dist = path.resolve(process.env['OUT_DIR'] ?? 'dist')): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.html')) {
        const rel = `/${path.relative(dist, full).split(path.sep).join('/')}`;
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dist);
  return out.sort();
}
