/**
 * The Content-Type of each file of the built site, by extension, for hosts that do not guess it
 * well (object storage stores what the upload says), and the types tools/serve.ts sends (one
 * table, so the local server and an upload agree). nginx's mime.types gives these files the same.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** The Content-Type for a file name; `application/octet-stream` for Pagefind's own binary files and the unknown. */
export function contentTypeOf(file: string): string {
  const ext = /\.[^./]+$/.exec(file)?.[0]?.toLowerCase() ?? '';
  return TYPES[ext] ?? 'application/octet-stream';
}
