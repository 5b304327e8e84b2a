import { describe, expect, test } from 'vitest';
import { CACHE_PAGEFIND_CHUNK, CACHE_REVALIDATE } from './cache-policy.ts';
import { formatHeadersFile, headersFor, parseHeadersFile } from './headers.ts';
import { siteHeaderRules } from './site-headers.ts';
import { DOCUMENT_ONLY_HEADERS, PAGEFIND_DATA_CSP, pagefindDataHeaderRules } from './search-headers.ts';

const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; frame-ancestors 'none'";
const pagefindFiles = [
  'pagefind.js',
  'pagefind-worker.js',
  'pagefind-entry.json',
  'wasm.en.pagefind',
  'wasm.unknown.pagefind',
  'pingan-charmap.json',
  'index/en_ab12cd3.pf_index',
  'fragment/zh-hans_1234abc.pf_fragment',
  'filter/en_abcdef1.pf_filter',
  'pagefind.en_1b4fa73bdf.pf_meta',
];

for (const base of ['/', '/reviews/']) {
  describe(`with base ${base}`, () => {
    // As the build writes them, and as a CDN (or tools/serve.ts) reads them back.
    const rules = parseHeadersFile(
      formatHeadersFile([...siteHeaderRules({ base, csp, pagefindFiles }), ...pagefindDataHeaderRules(base)]),
    );
    const at = (p: string) => headersFor(rules, `${base}${p}`);

    test("Pagefind's data and module files get the short CSP and no document-only headers, and keep nosniff and their cache policy", () => {
      for (const f of pagefindFiles.filter((f) => f !== 'pagefind-worker.js')) {
        const h = at(`pagefind/${f}`);
        expect(h['content-security-policy'], f).toBe(PAGEFIND_DATA_CSP);
        expect(h['x-content-type-options'], f).toBe('nosniff');
        for (const name of DOCUMENT_ONLY_HEADERS)
          expect(h[name.toLowerCase()], `${f} ${name}`).toBeUndefined();
        expect(h['cache-control'], f).toBe(
          /_[0-9a-f]{7,}\.pf_/.test(f) ? CACHE_PAGEFIND_CHUNK : CACHE_REVALIDATE,
        );
      }
    });

    test('documents and the worker keep the full set', () => {
      for (const p of [
        '',
        'zh-hans/search/',
        'en/2024/',
        '404.html',
        'pagefind/pagefind-worker.js',
        '_astro/x.Ab12Cd34.js',
      ]) {
        const h = at(p);
        expect(h['content-security-policy'], p).toBe(csp);
        expect(h['x-frame-options'], p).toBe('DENY');
        expect(h['strict-transport-security'], p).toBe('max-age=31536000');
      }
    });

    test('the short policy lets nothing load, run or frame a file opened as a document', () => {
      expect(PAGEFIND_DATA_CSP).toMatch(/default-src 'none'/);
      expect(PAGEFIND_DATA_CSP).toMatch(/frame-ancestors 'none'/);
      expect(PAGEFIND_DATA_CSP).toMatch(/\bsandbox\b/);
    });
  });
}
