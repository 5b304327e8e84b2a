import { joinBase } from '../config/urls.ts';
import { CACHE_REVALIDATE, hashedFileRules, unhashedPagefindFiles } from './cache-policy.ts';
import type { HeaderRule } from './headers.ts';
import { framedBy } from './csp.ts';

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
    embedHeaderRule(opts.base, opts.csp),
  ];
}

/**
 * The figure embeds (issue 25: `/{edition}/{year}/figures/{id}/embed/`) are the only pages other
 * sites may frame: their own CSP with `frame-ancestors *` and no X-Frame-Options. Both headers are
 * detached first, so Cloudflare Pages (and tools/serve.ts, nginx and the object-storage kit, which
 * read these rules through headers.ts) send only this policy, not both joined. Netlify ignores
 * `! Name`: there the later rule's CSP still replaces the general one, and X-Frame-Options: DENY
 * stays, which browsers ignore when the CSP has frame-ancestors (CSP Level 2, §7.7.1). Every other
 * page keeps `frame-ancestors 'none'` and DENY (the header floor, header-floor.ts, holds both).
 */
export function embedHeaderRule(base: string, csp: string): HeaderRule {
  return {
    path: joinBase(base, EMBED_RULE_PATH),
    comments: ['Figure embeds: other sites may frame them (their own frame-ancestors); no other page.'],
    detach: ['Content-Security-Policy', 'X-Frame-Options'],
    set: [['Content-Security-Policy', framedBy(csp, '*')]],
  };
}

/** The `_headers` pattern of the embed pages (without the base), `:name` one path segment. */
export const EMBED_RULE_PATH = ':edition/:year/figures/:id/embed/*';
