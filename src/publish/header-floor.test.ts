import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy } from './csp.ts';
import { floorProblems, responseKind, rulesBelowFloor } from './header-floor.ts';
import { formatHeadersFile, headersFor, parseHeadersFile } from './headers.ts';
import { securityHeaders, siteHeaderRules } from './site-headers.ts';

const csp = contentSecurityPolicy({
  scriptHashes: ["'sha256-abc'"],
  styleHashes: [],
  styleAttributeHashes: [],
});
const good = Object.fromEntries(securityHeaders(csp));
const without = (name: string) => Object.fromEntries(Object.entries(good).filter(([k]) => k !== name));

describe('the security-header floor', () => {
  test('The headers the site writes meet it, for pages and for files.', () => {
    expect(floorProblems(good, 'page')).toEqual([]);
    expect(floorProblems({ 'x-content-type-options': 'nosniff' }, 'file')).toEqual([]);
  });

  test.each([
    [
      'a CSP allowing inline scripts',
      {
        ...good,
        'Content-Security-Policy': csp.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
      },
      /script-src allows 'unsafe-inline'/,
    ],
    [
      'a CSP allowing inline styles',
      {
        ...good,
        'Content-Security-Policy': csp.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
      },
      /style-src allows 'unsafe-inline'/,
    ],
    [
      'a CSP falling back to a weak default-src',
      {
        ...good,
        'Content-Security-Policy':
          "default-src * 'unsafe-inline'; require-trusted-types-for 'script'; frame-ancestors 'none'",
      },
      /script-src allows 'unsafe-inline'/,
    ],
    [
      'no Trusted Types',
      { ...good, 'Content-Security-Policy': csp.replace("require-trusted-types-for 'script'; ", '') },
      /Trusted Types/,
    ],
    [
      'framing allowed',
      { ...good, 'Content-Security-Policy': csp.replace("frame-ancestors 'none'", 'frame-ancestors *') },
      /frame-ancestors 'none'/,
    ],
    ['no CSP', without('Content-Security-Policy'), /Content-Security-Policy is missing/],
    ['no HSTS', without('Strict-Transport-Security'), /Strict-Transport-Security is missing/],
    ['a short HSTS', { ...good, 'Strict-Transport-Security': 'max-age=300' }, /max-age=300 is under/],
    ['no nosniff', without('X-Content-Type-Options'), /X-Content-Type-Options is missing/],
    [
      'X-Frame-Options SAMEORIGIN',
      { ...good, 'X-Frame-Options': 'SAMEORIGIN' },
      /X-Frame-Options is SAMEORIGIN, not DENY/,
    ],
  ])('A page with %s is below it.', (_what, headers, message) => {
    expect(floorProblems(headers as Record<string, string>, 'page').join('\n')).toMatch(message);
  });

  test('A weakened _headers file is below it at every page it weakens, and the site as written is not.', () => {
    const rules = siteHeaderRules({ base: '/reviews/', csp, pagefindFiles: [] });
    const paths = ['/reviews/', '/reviews/en/2024/', '/reviews/404.html', '/reviews/_astro/a.12345678.js'];
    expect(rulesBelowFloor(rules, paths)).toEqual([]);
    const weak = formatHeadersFile(rules)
      .replace(/^ {2}Strict-Transport-Security:.*\n/m, '')
      .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
    const below = rulesBelowFloor(parseHeadersFile(weak), paths);
    expect(below).toContain('/reviews/en/2024/: Strict-Transport-Security is missing');
    expect(below).toContain("/reviews/404.html: Content-Security-Policy script-src allows 'unsafe-inline'");
    expect(below.filter((b) => b.startsWith('/reviews/_astro/'))).toEqual([]);
  });

  test('Figure embeds alone may be framed: their own frame-ancestors, no X-Frame-Options; any other page so is below it.', () => {
    const rules = siteHeaderRules({ base: '/reviews/', csp, pagefindFiles: [] });
    const embed = '/reviews/en/2024/figures/honours/embed/';
    const h = headersFor(rules, embed);
    expect(h['content-security-policy']).toMatch(/; frame-ancestors \*$/);
    expect(h['content-security-policy']).not.toMatch(/frame-ancestors 'none'/);
    expect(h['x-frame-options']).toBeUndefined();
    expect(headersFor(rules, '/reviews/en/2024/figures/honours/')['x-frame-options']).toBe('DENY');
    expect(responseKind(embed)).toBe('embed');
    expect(responseKind('/reviews/en/2024/figures/honours/')).toBe('page');
    expect(rulesBelowFloor(rules, [embed, '/reviews/en/2024/figures/honours/', '/reviews/en/2024/'])).toEqual(
      [],
    );
    // The embed's headers on any other page fall below the floor; the page's on an embed too.
    expect(floorProblems(h, 'page').join('\n')).toMatch(
      /frame-ancestors 'none'[\s\S]*X-Frame-Options is missing/,
    );
    expect(floorProblems(good, 'embed').join('\n')).toMatch(
      /own frame-ancestors[\s\S]*X-Frame-Options is DENY/,
    );
    expect(floorProblems(h, 'embed')).toEqual([]);
  });
});
