import { describe, expect, test } from 'vitest';
import { CACHE_IMMUTABLE } from './cache-policy.ts';
import { formatHeadersFile, headersFor, parseHeadersFile, rulePattern } from './headers.ts';

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
