import { describe, expect, test } from 'vitest';
import {
  CACHE_IMMUTABLE,
  CACHE_PAGEFIND_CHUNK,
  CACHE_REVALIDATE,
  contentSecurityPolicy,
  cspHash,
  cspSources,
  cspViolations,
  formatHeadersFile,
  headersFor,
  inlineCode,
  isHashedAstroFile,
  isHashedPagefindFile,
  parseHeadersFile,
  rulePattern,
  siteHeaderRules,
} from './headers.ts';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><style>body{color:red}</style>` +
  `<script type="module">console.log("hi")</script>` +
  `<script type="application/ld+json">{"a":1}</script><script type="application/json" id="c">{"b":2}</script>` +
  `<script type="module" src="/_astro/x.js"></script></head><body>${body}</body></html>`;

describe('_headers files', () => {
  test('A file written by formatHeadersFile parses back to the same rules, comments aside.', () => {
    const rules = [
      { path: '/*', set: [['X-Frame-Options', 'DENY'] as [string, string]], detach: [], comments: ['all'] },
      {
        path: '/_astro/*',
        set: [['Cache-Control', CACHE_IMMUTABLE] as [string, string]],
        detach: ['Cache-Control'],
      },
    ];
    const text = formatHeadersFile(rules, ['preamble']);
    expect(text).toContain('# preamble\n');
    expect(text).toContain(
      '/_astro/*\n  ! Cache-Control\n  Cache-Control: public, max-age=31536000, immutable\n',
    );
    expect(parseHeadersFile(text)).toEqual(
      rules.map((r) => ({ path: r.path, set: r.set, detach: r.detach })),
    );
  });

  test('A header line before any path, or without a value, is reported with its line number.', () => {
    expect(() => parseHeadersFile('  X-A: b\n')).toThrow(/line 1: "X-A: b" comes before any path line/);
    expect(() => parseHeadersFile('/*\n  X-A:\n')).toThrow(/line 2: "X-A:" is not "Name: value"/);
  });

  test('Path patterns match as Netlify matches them: * is the rest, :name one segment, trailing slash optional.', () => {
    expect(rulePattern('/*').test('/')).toBe(true);
    expect(rulePattern('/*').test('/en/2024/')).toBe(true);
    expect(rulePattern('/reviews/*').test('/reviews/')).toBe(true);
    expect(rulePattern('/reviews/*').test('/reviews/_astro/a.js')).toBe(true);
    expect(rulePattern('/reviews/*').test('/other/')).toBe(false);
    expect(rulePattern('/_astro/*').test('/en/_astro/a.js')).toBe(false);
    expect(rulePattern('/:locale/rss.xml').test('/en/rss.xml')).toBe(true);
    expect(rulePattern('/:locale/rss.xml').test('/en/2024/rss.xml')).toBe(false);
    expect(rulePattern('/pagefind/pagefind.*.pf_meta').test('/pagefind/pagefind.en_abc1234.pf_meta')).toBe(
      true,
    );
    expect(rulePattern('/pagefind/pagefind.js').test('/pagefind/pagefind.js/')).toBe(true);
    expect(rulePattern('/pagefind/pagefind.js').test('/pagefind/pagefindXjs')).toBe(false);
  });

  test('A later rule overrides an earlier one’s header (Netlify) and "! Name" detaches it (Cloudflare).', () => {
    const rules = parseHeadersFile(
      [
        '/*',
        '  Cache-Control: no-cache',
        '  X-Frame-Options: DENY',
        '/_astro/*',
        '  ! Cache-Control',
        `  Cache-Control: ${CACHE_IMMUTABLE}`,
      ].join('\n'),
    );
    expect(headersFor(rules, '/_astro/a.js')).toEqual({
      'cache-control': CACHE_IMMUTABLE,
      'x-frame-options': 'DENY',
    });
    expect(headersFor(rules, '/en/')).toEqual({ 'cache-control': 'no-cache', 'x-frame-options': 'DENY' });
    // Detaching alone (Cloudflare) leaves no Cache-Control from the general rule.
    expect(headersFor(parseHeadersFile('/*\n  A: 1\n/x\n  ! A\n'), '/x')).toEqual({});
  });

  test('A line over Cloudflare’s 2,000 characters is refused with its length.', () => {
    const long = {
      path: '/*',
      set: [['Content-Security-Policy', 'x'.repeat(2100)] as [string, string]],
      detach: [],
    };
    expect(() => formatHeadersFile([long])).toThrow(/2[01]\d\d characters, over the 2000/);
  });
});

describe('the Content-Security-Policy', () => {
  test('cspHash is the base64 SHA-256 of the UTF-8 text, as browsers compute it (MDN’s example).', () => {
    expect(cspHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
    expect(cspHash('南通')).not.toBe(cspHash('南通 '));
  });

  test('inlineCode finds executable inline scripts and styles, not JSON, JSON-LD or external scripts.', () => {
    const code = inlineCode(page('<p style="color: blue">x</p>'));
    expect(code.scripts).toEqual(['console.log("hi")']);
    expect(code.styles).toEqual(['body{color:red}']);
    expect(code.styleAttributes).toEqual(['color: blue']);
    expect(code.handlers).toEqual([]);
  });

  test('The policy built from a page allows that page, and an inline script added later is a violation.', () => {
    const html = page('<p>x</p>');
    const csp = contentSecurityPolicy(cspSources([{ file: 'a.html', html }]));
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(cspViolations(html, csp)).toEqual([]);
    const injected = html.replace('</body>', '<script>document.title="x"</script></body>');
    expect(cspViolations(injected, csp)).toEqual(['inline script "document.title=\\"x\\""']);
    const styled = html.replace('</body>', '<style>p{}</style></body>');
    expect(cspViolations(styled, csp)).toEqual(['inline style "p{}"']);
  });

  test('A style attribute is allowed only by its hash together with unsafe-hashes.', () => {
    const html = page('<p style="color:blue">x</p>');
    const sources = cspSources([{ file: 'a.html', html }]);
    const csp = contentSecurityPolicy(sources);
    expect(csp).toMatch(/style-src 'self' 'sha256-[^']+' 'unsafe-hashes' 'sha256-/);
    expect(cspViolations(html, csp)).toEqual([]);
    expect(cspViolations(html.replace('color:blue', 'color:green'), csp)).toEqual([
      'style attribute "color:green"',
    ]);
  });

  test('An inline event handler or javascript: link cannot be allowed: the build fails naming the file.', () => {
    expect(() =>
      cspSources([{ file: 'en/index.html', html: page('<button onclick="go()">x</button>') }]),
    ).toThrow(/en\/index\.html: inline event handler or javascript: URL onclick="go\(\)"/);
    expect(() => cspSources([{ file: 'b.html', html: page('<a href="javascript:void 0">x</a>') }])).toThrow(
      /b\.html/,
    );
  });
});

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
    // Every path gets the security headers from one rule, so no CDN joins two policies.
    const h = headersFor(rules, '/reviews/_astro/a.B1c2D3e4.js');
    expect(h['content-security-policy']).toBe("default-src 'self'");
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(rules.filter((r) => r.set.some(([n]) => n === 'Content-Security-Policy'))).toHaveLength(1);
  });
});
