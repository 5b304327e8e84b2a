import type { HeaderRule } from './headers.ts';

/**
 * Build time: lighter response headers for the files of Pagefind's bundle that are data or
 * module code, never documents: the loader (`pagefind.js`), the wasm, the entry and metadata,
 * the index, fragment and filter chunks, and our own `pingan-*.json`. Appended after the site's
 * rules (src/publish/headers.ts `siteHeaderRules`), so they override it.
 *
 * Why: every response of the site carries the document headers (the CSP alone is ~1 KB, with
 * its script and style hashes), and a first search fetches eight of these files, so ~11 KB of a
 * ~97 KB first query was headers. On these responses the document headers do nothing:
 * - Content-Security-Policy governs a document or a worker; a script, wasm or JSON a page fetches
 *   runs under the page's policy, not its own. It is replaced by a short, strict policy that
 *   still holds if one of these files is opened as a document: nothing may load or run in it,
 *   and nothing may frame it.
 * - X-Frame-Options (the short CSP's `frame-ancestors` says it), Permissions-Policy and
 *   Cross-Origin-Opener-Policy apply to documents only; Referrer-Policy to the requests a
 *   document makes (these files make none of their own: pagefind.js fetches under the page's
 *   policy); Strict-Transport-Security is learnt from the first HTTPS document, which has it.
 * What stays: `X-Content-Type-Options: nosniff` (it is what stops a browser taking a JSON or
 * binary response for a script or a stylesheet), the content type and the cache policy.
 *
 * Not the worker (`pagefind-worker.js`): the site runs Pagefind without it
 * (src/components/search/search-pagefind.browser.ts), but a worker runs under its own response's CSP, so it keeps the site's.
 *
 * Netlify ignores `! Name` lines: there the CSP is still replaced (a later rule's value wins),
 * and the four document-only headers stay (~0.3 KB); Cloudflare Pages and `tools/serve.ts`
 * drop them.
 */
export const PAGEFIND_DATA_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** Document-only headers removed from the bundle's data files. */
export const DOCUMENT_ONLY_HEADERS = [
  'X-Frame-Options',
  'Permissions-Policy',
  'Cross-Origin-Opener-Policy',
  'Referrer-Policy',
  'Strict-Transport-Security',
];

/** Path patterns (inside the bundle folder) of the files that are data or module code. */
export const PAGEFIND_DATA_PATTERNS = [
  'index/*',
  'fragment/*',
  'filter/*',
  // pagefind.js and the per-language `pagefind.<lang>_<hash>.pf_meta`
  'pagefind.*',
  'pagefind-entry.json',
  'wasm.*',
  'pingan-*',
];

export function pagefindDataHeaderRules(base: string): HeaderRule[] {
  const b = base.endsWith('/') ? base : `${base}/`;
  return PAGEFIND_DATA_PATTERNS.map((pattern, i) => ({
    path: `${b}pagefind/${pattern}`,
    detach: ['Content-Security-Policy', ...DOCUMENT_ONLY_HEADERS],
    set: [['Content-Security-Policy', PAGEFIND_DATA_CSP]],
    ...(i === 0
      ? {
          comments: [
            "Pagefind's data and module files are never documents: a short CSP instead of the",
            "site's, no document-only headers (src/publish/search-headers.ts says why).",
          ],
        }
      : {}),
  }));
}
