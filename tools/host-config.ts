/**
 * `npm run host-config -- nginx | object-storage`: configuration for hosts that do not read
 * `_headers` (Netlify / Cloudflare Pages do), generated from the build's own `_headers` (written
 * by src/publish/site-headers.ts, cache-policy.ts and csp.ts), so every host sends the same
 * headers path by path (src/publish/header-groups.ts). Run it after `npm run build`.
 *
 *   nginx                      prints the `location` block to include in an existing `server`
 *                              (its `http` must include mime.types); the site's files are
 *                              expected at --root (default: the built folder, absolute)
 *   nginx --listen ADDR:PORT   prints a complete `server { … }` block instead
 *   object-storage             writes into --out DIR (default object-storage/): manifest.json
 *                              (every file, its key, Content-Type and Cache-Control),
 *                              upload-s3.sh, upload-oss.sh, upload-cos.sh and cdn-headers.md
 *
 * The base path is the build's (the paths of its `_headers`). Options: --dir DIST (the built
 * folder, default $OUT_DIR or dist/). Tool (build machine).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseHeadersFile, type HeaderRule } from '../src/publish/headers.ts';
import { headerGroups } from '../src/publish/header-groups.ts';
import { requestPaths } from '../src/publish/header-floor.ts';
import { nginxLocations, nginxServer } from '../src/publish/nginx.ts';
import { cdnHeaders, manifest, uploadScript } from '../src/publish/object-storage.ts';
import { parseCommandLine, usageError } from './args.ts';

const USAGE = `usage: npm run host-config -- nginx [--listen ADDR:PORT] [--root DIR] [--dir DIST]
       npm run host-config -- object-storage [--out DIR] [--dir DIST]
  nginx           prints the location block for an existing server; with --listen a complete server block.
                  --root: where the site's files are on the server (default: DIST, absolute).
  object-storage  writes manifest.json, upload-s3.sh, upload-oss.sh, upload-cos.sh and cdn-headers.md
                  into --out (default object-storage/).
  --dir           the built site (default $OUT_DIR or dist/). Run npm run build first.`;

const { values, positionals } = parseCommandLine(
  USAGE,
  { listen: { type: 'string' }, root: { type: 'string' }, dir: { type: 'string' }, out: { type: 'string' } },
  { allowPositionals: true },
);
const target = positionals[0];
if (positionals.length !== 1 || (target !== 'nginx' && target !== 'object-storage'))
  usageError('Which host? Say nginx or object-storage.', USAGE);
if (values.listen !== undefined && !/^(\[[0-9a-f:]+\]|[\w.-]+):\d{1,5}$|^\d{1,5}$/i.test(values.listen))
  usageError(`--listen ${values.listen}: give ADDR:PORT, e.g. 127.0.0.1:8080.`, USAGE);
if (target === 'object-storage' && (values.listen ?? values.root) !== undefined)
  usageError('--listen and --root are for nginx.', USAGE);

const dist = path.resolve(values.dir ?? process.env['OUT_DIR'] ?? 'dist');
const headersFile = path.join(dist, '_headers');
if (!fs.existsSync(headersFile)) {
  console.error(`host-config: no ${headersFile}. Build the site first (npm run build), or pass --dir.`);
  process.exit(1);
}
const rules: HeaderRule[] = parseHeadersFile(fs.readFileSync(headersFile, 'utf8'));
// The build's base path: its first rule is the whole site, `<base>*`.
const base = rules[0]?.path.replace(/\*$/, '') ?? '';
if (!/^\/(.+\/)?$/.test(base)) {
  console.error(`host-config: ${headersFile} does not start with the site's rule (<base path>*); rebuild.`);
  process.exit(1);
}
const files = fs
  .readdirSync(dist, { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile())
  .map((e) => path.relative(dist, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
// The paths readers request: every file, folder URLs for pages, and a path that is not there (the 404 page's).
const paths = [
  ...new Set([...requestPaths(files, base), ...files.map((f) => `${base}${f}`), `${base}-missing-`]),
];
const groups = headerGroups(
  rules,
  paths.filter((p) => !p.endsWith('/_headers')),
);

if (target === 'nginx') {
  const opts = { base, root: path.resolve(values.root ?? dist), groups };
  process.stdout.write(
    values.listen ? nginxServer({ ...opts, listen: values.listen }) : nginxLocations(opts),
  );
} else {
  const out = path.resolve(values.out ?? 'object-storage');
  fs.mkdirSync(out, { recursive: true });
  const entries = manifest(files, base, rules);
  const shownDist = path.relative(process.cwd(), dist) || '.';
  fs.writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify({ base, files: entries }, null, 2)}\n`);
  for (const p of ['s3', 'oss', 'cos'] as const)
    fs.writeFileSync(path.join(out, `upload-${p}.sh`), uploadScript(p, entries, shownDist), { mode: 0o755 });
  fs.writeFileSync(path.join(out, 'cdn-headers.md'), cdnHeaders(groups, base));
  console.log(
    `Wrote ${path.relative(process.cwd(), out) || out}/: manifest.json (${entries.length} files), ` +
      'upload-s3.sh, upload-oss.sh, upload-cos.sh (BUCKET=<name> sh upload-….sh), cdn-headers.md (headers to set at the CDN).',
  );
}
