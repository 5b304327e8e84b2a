import { createHash } from 'node:crypto';
import path from 'node:path';

/**
 * Where the content lives: `content/` by default; `CONTENT_DIR` points tests and benchmarks at
 * another tree (a fixture year, a synthetic archive) without touching the real one.
 */
export function contentRoot(): string {
  return path.resolve(process.env['CONTENT_DIR'] ?? 'content');
}

/**
 * Astro's cache folder (`ASTRO_CACHE_DIR`, else under node_modules/.astro): one per content tree.
 * Astro's content store keeps each entry's file path, and an entry whose text is unchanged keeps
 * the path it had, so a build of another tree (a synthetic archive, a fixture) after a build of
 * one since deleted failed to resolve that tree's files. A tree of its own never sees another's.
 */
export function astroCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const given = env['ASTRO_CACHE_DIR'];
  if (given) return given;
  const root = path.resolve(env['CONTENT_DIR'] ?? 'content');
  if (root === path.resolve('content')) return './node_modules/.astro';
  return `./node_modules/.astro/tree-${createHash('sha256').update(root).digest('hex').slice(0, 12)}`;
}
