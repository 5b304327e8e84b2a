import { describe, expect, test } from 'vitest';
import { headerGroups, groupRegex } from './header-groups.ts';
import { headersFor } from './headers.ts';
import { nginxLocations, nginxServer } from './nginx.ts';
import { manifest, uploadScript } from './object-storage.ts';
import { siteHeaderRules } from './site-headers.ts';
import { pagefindDataHeaderRules } from './search-headers.ts';

/** Host configurations from the `_headers` rules (header-groups.ts, nginx.ts, object-storage.ts). */
const base = '/reviews/';
const pagefindFiles = ['pagefind.js', 'index/en_abcdef1.pf_index', 'wasm.en.pagefind'];
const rules = [
  ...siteHeaderRules({ base, csp: "default-src 'self'; frame-ancestors 'none'", pagefindFiles }),
  ...pagefindDataHeaderRules(base),
];
const paths = [
  '/reviews/',
  '/reviews/en/2024/',
  '/reviews/404.html',
  '/reviews/_astro/app.AbCdEf12.js',
  ...pagefindFiles.map((f) => `/reviews/pagefind/${f}`),
];

describe('header groups', () => {
  const groups = headerGroups(rules, paths);

  test('Each path is in one group whose headers are what _headers gives it, most specific first.', () => {
    for (const g of groups)
      for (const p of g.paths)
        expect(Object.fromEntries(g.headers.map(([n, v]) => [n.toLowerCase(), v]))).toEqual(
          headersFor(rules, p),
        );
    const sizes = groups.map((g) => g.patterns.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(groups.at(-1)?.patterns).toEqual(['/reviews/*']);
  });

  test("A group's regular expression matches its own paths and no path of a later group.", () => {
    groups.forEach((g, i) => {
      const re = new RegExp(groupRegex(g.patterns), 'i');
      for (const p of g.paths) expect(re.test(p), p).toBe(true);
      for (const later of groups.slice(i + 1)) for (const p of later.paths) expect(re.test(p), p).toBe(false);
    });
  });
});

describe('nginx', () => {
  const groups = headerGroups(rules, paths);

  test('The location block serves the base path from the root, with the 404 page and every header always.', () => {
    const conf = nginxLocations({ base, root: '/srv/reviews', groups });
    expect(conf).toMatch(/^location \^~ \/reviews\/ \{$/m);
    expect(conf).toContain('alias "/srv/reviews/";');
    expect(conf).toContain('error_page 404 /reviews/404.html;');
    expect(conf).toContain(`add_header Cache-Control "public, max-age=31536000, immutable" always;`);
    expect(conf).not.toContain('server {');
    expect(conf.split('{').length).toBe(conf.split('}').length);
  });

  test('With --listen it is a complete server; at the root it uses root, not alias.', () => {
    const conf = nginxServer({
      base: '/',
      root: '/srv/site',
      groups: headerGroups(siteHeaderRules({ base: '/', csp: "default-src 'self'", pagefindFiles: [] }), [
        '/',
      ]),
      listen: '127.0.0.1:8080',
    });
    expect(conf).toMatch(/^server \{\n {4}listen 127\.0\.0\.1:8080;/);
    expect(conf).toContain('root "/srv/site/";');
  });

  test('A header value holding $ (an nginx variable) is refused.', () => {
    const bad = headerGroups(siteHeaderRules({ base, csp: "default-src 'self' $x", pagefindFiles: [] }), [
      '/reviews/',
    ]);
    expect(() => nginxLocations({ base, root: '/srv', groups: bad })).toThrow(/would read as a variable/);
  });
});

describe('object storage', () => {
  test('The manifest gives each file its key under the base path, type and Cache-Control; _headers is not uploaded.', () => {
    const m = manifest(
      ['_headers', 'index.html', '_astro/app.AbCdEf12.js', 'pagefind/wasm.en.pagefind'],
      base,
      rules,
    );
    expect(m.map((e) => e.key)).toEqual([
      'reviews/_astro/app.AbCdEf12.js',
      'reviews/index.html',
      'reviews/pagefind/wasm.en.pagefind',
    ]);
    expect(m[0]).toMatchObject({
      contentType: 'text/javascript; charset=utf-8',
      cacheControl: 'public, max-age=31536000, immutable',
    });
    expect(m[2]?.contentType).toBe('application/octet-stream');
    const s3 = uploadScript('s3', m, 'dist');
    // Pages last: no reader gets a page whose files are not there yet.
    expect(s3.trimEnd().split('\n').at(-1)).toContain("'dist/index.html'");
  });
});
