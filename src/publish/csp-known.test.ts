import { describe, expect, test } from 'vitest';
import { cspHash, cspSources } from './csp.ts';

describe('the CSP allows only the inline scripts our source produced', () => {
  const own = 'document.documentElement.dataset.js="1"';
  const page = (extra = '') =>
    `<!doctype html><html><head><script type="module">${own}</script></head><body>${extra}</body></html>`;

  test('a page with only the known script passes, and its hash is allowed', () => {
    expect(cspSources([{ file: 'a.html', html: page() }], new Set([cspHash(own)])).scriptHashes).toEqual([
      cspHash(own),
    ]);
  });

  test('any other inline script fails the build, naming the page', () => {
    expect(() =>
      cspSources(
        [{ file: 'en/2024/index.html', html: page('<script>alert(1)</script>') }],
        new Set([cspHash(own)]),
      ),
    ).toThrow(/en\/2024\/index\.html: an inline script the project's source did not write: "alert\(1\)"/);
  });

  test('JSON data blocks are not scripts and need no hash', () => {
    const html = page('<script type="application/ld+json">{"a":1}</script>');
    expect(() => cspSources([{ file: 'a.html', html }], new Set([cspHash(own)]))).not.toThrow();
  });
});
