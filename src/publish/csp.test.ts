import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, cspHash, cspSources, cspViolations } from './csp.ts';
import { inlineCode } from './inline-code.ts';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><style>body{color:red}</style>` +
  `<script type="module">console.log("hi")</script>` +
  `<script type="application/ld+json">{"a":1}</script><script type="application/json" id="c">{"b":2}</script>` +
  `<script type="module" src="/_astro/x.js"></script></head><body>${body}</body></html>`;

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
