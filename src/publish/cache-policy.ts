import { joinBase } from '../config/urls.ts';
import type { HeaderRule } from './headers.ts';

/**
 * How long browsers and CDNs keep each file of the published site (build time, written into
 * `_headers` by `site-headers.ts`). Everything revalidates unless its name is a hash of its
 * content; those files get a longer life here.
 */

/** Hashed file names never change content: cache for a year, never revalidate. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else keeps its URL across builds: the browser and CDN revalidate every time. */
export const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * Pagefind's chunks are named by a short hash of their content, so a new build renames what
 * changed and a long cache is right; but not a year and never `immutable`: a chunk damaged in
 * transit or by a half-finished upload would then stay broken in the reader's cache (and CDN)
 * for a year, and a reload could not heal it. A day bounds that; an unchanged chunk costs one
 * 304 a day.
 */
export const CACHE_PAGEFIND_CHUNK = 'public, max-age=86400';

/**
 * Which files of Pagefind's bundle are content-hashed (their name changes when their content
 * does): the index chunks, fragments and filters, and the per-language `.pf_meta`. The loader
 * (`pagefind.js`), its worker, `pagefind-entry.json` (which names the current hashes) and the
 * per-language wasm keep their names across builds, so they must be revalidated.
 */
export function isHashedPagefindFile(rel: string): boolean {
  return (
    /^(index|fragment|filter)\/[^/]+_[0-9a-f]{7,}\.pf_(index|fragment|filter)$/.test(rel) ||
    /^pagefind\.[^/]+_[0-9a-f]{7,}\.pf_meta$/.test(rel)
  );
}

/** Astro's `_astro/` folder holds only hashed build output (`name.Hash8.js`). */
export function isHashedAstroFile(rel: string): boolean {
  return /^_astro\/.+[.-][A-Za-z0-9_-]{8}\.[a-z0-9]+$/.test(rel);
}

/** Pagefind's files that keep their names across builds (they revalidate like HTML), sorted. */
export function unhashedPagefindFiles(pagefindFiles: string[]): string[] {
  return pagefindFiles.filter((f) => !isHashedPagefindFile(f)).sort();
}

/** A rule that replaces the general Cache-Control of `path` (see `siteHeaderRules` for why both lines). */
function cacheRule(path: string, value: string, comments?: string[]): HeaderRule {
  return {
    path,
    detach: ['Cache-Control'],
    set: [['Cache-Control', value]],
    ...(comments ? { comments } : {}),
  };
}

/**
 * The rules for hashed files, which come after the general rule: `_astro/` for a year, Pagefind's
 * chunk folders and hashed metas for a day. Paths include the base path.
 *
 * @param pagefindFiles paths inside the bundle folder, e.g. `pagefind.js`, `index/en_ab12cd3.pf_index`
 */
export function hashedFileRules(base: string, pagefindFiles: string[]): HeaderRule[] {
  const hashed = pagefindFiles.filter(isHashedPagefindFile);
  const hashedDirs = [...new Set(hashed.map((f) => f.split('/')[0] ?? ''))]
    .filter((d) => d !== '' && !d.includes('.'))
    .sort();
  const hashedMeta = hashed.filter((f) => !f.includes('/')).sort();
  return [
    cacheRule(joinBase(base, '_astro/*'), CACHE_IMMUTABLE, [
      'Hashed build output (scripts, styles, images): the URL changes when the content does.',
    ]),
    ...hashedDirs.map((d, i) =>
      cacheRule(
        joinBase(base, `pagefind/${d}/*`),
        CACHE_PAGEFIND_CHUNK,
        i === 0
          ? ['Pagefind chunks, named by content hash: a day, so a damaged copy heals (cache-policy.ts).']
          : undefined,
      ),
    ),
    ...hashedMeta.map((f) => cacheRule(joinBase(base, `pagefind/${f}`), CACHE_PAGEFIND_CHUNK)),
  ];
}
