import { joinBase } from '../config/urls.ts';
import { CACHE_REVALIDATE, hashedFileRules, unhashedPagefindFiles } from './cache-policy.ts';
import type { HeaderRule } from './headers.ts';

/**
 * The site's `_headers` rules (build time): the security headers every response gets, and the
 * caching policy of `cache-policy.ts`.
 */

/** Headers every response gets. */
export function securityHeaders(csp: string): [string, string][] {
  return [
    ['Content-Security-Policy', csp],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    // frame-ancestors in the CSP is the modern form; X-Frame-Options for older browsers.
    ['X-Frame-Options', 'DENY'],
    [
      'Permissions-Policy',
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    ],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    // HTTPS only, for a year, once a browser has seen the site over HTTPS (ignored over http://).
    // No includeSubDomains: the host may serve other sites this one knows nothing of.
    ['Strict-Transport-Security', 'max-age=31536000'],
  ];
}

/**
 * The site's `_headers` rules. Paths include the base path (the CDN serves the site under it).
 * Only one rule sets the security headers; Cache-Control is set once for everything and then
 * replaced for hashed files: a later rule overrides on Netlify, and `! Cache-Control` detaches
 * the general value on Cloudflare Pages (which would otherwise join both with a comma).
 *
 * @param pagefindFiles paths inside the bundle folder, e.g. `pagefind.js`, `index/en_ab12cd3.pf_index`
 */
export function siteHeaderRules(opts: {
  base: string;
  csp: string;
  pagefindFiles: string[];
  /** A preview build (no public address): every response also says noindex (feeds, images too). */
  preview?: boolean;
}): HeaderRule[] {
  return [
    {
      path: joinBase(opts.base, '*'),
      comments: [
        'Every response: security headers, and revalidation (HTML, feeds, share images, and',
        `Pagefind's unhashed files: ${unhashedPagefindFiles(opts.pagefindFiles).join(', ')}).`,
        ...(opts.preview ? ['PREVIEW build (no public address set): nothing of it is to be indexed.'] : []),
      ],
      detach: [],
      set: [
        ...securityHeaders(opts.csp),
        ['Cache-Control', CACHE_REVALIDATE],
        ...(opts.preview ? ([['X-Robots-Tag', 'noindex, nofollow']] as [string, string][]) : []),
      ],
    },
    ...hashedFileRules(opts.base, opts.pagefindFiles),
  ];
}
