import path from 'node:path';

/**
 * Where the content lives: `content/` by default; `CONTENT_DIR` points tests and benchmarks at
 * another tree (a fixture year, a synthetic archive) without touching the real one.
 */
export function contentRoot(): string {
  return path.resolve(process.env['CONTENT_DIR'] ?? 'content');
}
