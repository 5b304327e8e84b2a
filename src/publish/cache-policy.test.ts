import { describe, expect, test } from 'vitest';
import {
  CACHE_IMMUTABLE,
  CACHE_PAGEFIND_CHUNK,
  CACHE_REVALIDATE,
  isHashedAstroFile,
  isHashedPagefindFile,
} from './cache-policy.ts';
import { headersFor } from './headers.ts';
import { siteHeaderRules } from './site-headers.ts';

describe('caching rules', () => {
  const pagefindFiles = [
    'pagefind.js',
    'pagefind-worker.js',
    'pagefind-entry.json',
    'wasm.en.pagefind',
    'wasm.unknown.pagefind',
    'pagefind.en_ee5a1af8c6.pf_meta',
    'index/en_401152e.pf_index',
    'fragment/zh-hans_2e2d0d6.pf_fragment',
    'filter/en_d0e6166.pf_filter',
  ];

  test('Pagefind’s chunks and metas count as hashed; its loader, worker, entry and wasm do not.', () => {
    expect(pagefindFiles.filter(isHashedPagefindFile)).toEqual(pagefindFiles.slice(5));
    expect(isHashedAstroFile('_astro/charts-animate.CmgZ19b1.js')).toBe(true);
    expect(isHashedAstroFile('_astro/search-landing-BtNeIbQU.js')).toBe(true);
    expect(isHashedAstroFile('_astro/plain.js')).toBe(false);
  });

  test('Under a base path only hashed files are immutable; HTML and Pagefind’s named files revalidate.', () => {
    const rules = siteHeaderRules({ base: '/reviews/', csp: "default-src 'self'", pagefindFiles });
    expect(rules.every((r) => r.path.startsWith('/reviews/'))).toBe(true);
    const cache = (p: string) => headersFor(rules, p)['cache-control'];
    for (const p of [
      '/reviews/',
      '/reviews/en/2024/',
      '/reviews/404.html',
      '/reviews/sitemap.xml',
      '/reviews/en/2024/share.png',
    ]) {
      expect(cache(p), p).toBe(CACHE_REVALIDATE);
    }
    for (const f of pagefindFiles.slice(0, 5))
      expect(cache(`/reviews/pagefind/${f}`), f).toBe(CACHE_REVALIDATE);
    for (const f of pagefindFiles.slice(5))
      expect(cache(`/reviews/pagefind/${f}`), f).toBe(CACHE_PAGEFIND_CHUNK);
    expect(cache('/reviews/_astro/a.B1c2D3e4.js')).toBe(CACHE_IMMUTABLE);
    // Every path gets the security headers from one rule, so no CDN joins two policies; the one
    // other CSP (the figure embeds', site-headers.ts) detaches the general one first.
    const h = headersFor(rules, '/reviews/_astro/a.B1c2D3e4.js');
    expect(h['content-security-policy']).toBe("default-src 'self'");
    expect(h['x-content-type-options']).toBe('nosniff');
    const setsCsp = rules.filter((r) => r.set.some(([n]) => n === 'Content-Security-Policy'));
    expect(setsCsp.filter((r) => !r.detach.includes('Content-Security-Policy'))).toHaveLength(1);
  });
});
