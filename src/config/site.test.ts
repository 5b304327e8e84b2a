import { describe, expect, test } from 'vitest';
import { isLocalAddress, siteConfig } from './site.ts';

describe('siteConfig', () => {
  test('Without SITE_URL and BASE_PATH it uses the local preview and the root.', () => {
    expect(siteConfig({})).toEqual({ site: 'http://127.0.0.1:4321', base: '/', preview: true });
  });

  test('It takes SITE_URL as given, without trailing slashes.', () => {
    expect(siteConfig({ SITE_URL: 'https://example.org' }).site).toBe('https://example.org');
    expect(siteConfig({ SITE_URL: 'https://example.org//' }).site).toBe('https://example.org');
  });

  test('It normalises BASE_PATH to start and end with a slash.', () => {
    expect(siteConfig({ BASE_PATH: 'reviews' }).base).toBe('/reviews/');
    expect(siteConfig({ BASE_PATH: '/reviews' }).base).toBe('/reviews/');
    expect(siteConfig({ BASE_PATH: 'reviews/' }).base).toBe('/reviews/');
    expect(siteConfig({ BASE_PATH: '/reviews/' }).base).toBe('/reviews/');
    expect(siteConfig({ BASE_PATH: '/' }).base).toBe('/');
    expect(siteConfig({ BASE_PATH: '' }).base).toBe('/');
    expect(siteConfig({ BASE_PATH: 'news/reviews' }).base).toBe('/news/reviews/');
  });

  test('A SITE_URL that is not an absolute URL throws a message naming SITE_URL and the value.', () => {
    expect(() => siteConfig({ SITE_URL: 'example.org' })).toThrow(
      'SITE_URL "example.org" is not an absolute URL; set it like https://example.org',
    );
    expect(() => siteConfig({ SITE_URL: '/reviews' })).toThrow(
      /^SITE_URL "\/reviews" is not an absolute URL/,
    );
  });

  test('It reads process.env by default.', () => {
    const saved = { SITE_URL: process.env['SITE_URL'], BASE_PATH: process.env['BASE_PATH'] };
    try {
      process.env['SITE_URL'] = 'https://news.example.org/';
      process.env['BASE_PATH'] = 'reviews';
      expect(siteConfig()).toEqual({ site: 'https://news.example.org', base: '/reviews/', preview: false });
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
});

describe('siteConfig refuses what is not a web address or a plain path', () => {
  test.each([
    ['javascript:alert(1)', /must start with https:\/\//],
    ['data:text/html,x', /must start with https:\/\//],
    ['ftp://example.org', /must start with https:\/\//],
    ['https://example.org/?utm=1', /no user name, \?query or #fragment/],
    ['https://example.org/#x', /no user name, \?query or #fragment/],
    ['https://user:pw@example.org', /no user name/],
  ])('SITE_URL %s', (value, message) => {
    expect(() => siteConfig({ SITE_URL: value })).toThrow(message);
  });

  test.each(['//evil.example/', '/a//b/', '/../x/', '/a b/', '/%2e%2e/', '/re\\views/', '/x?y/'])(
    'BASE_PATH %s',
    (value) => {
      expect(() => siteConfig({ BASE_PATH: value })).toThrow(/BASE_PATH ".*" must be plain folder names/);
    },
  );

  test('http and https addresses with a path, and plain base paths, pass.', () => {
    expect(siteConfig({ SITE_URL: 'http://127.0.0.1:4321', BASE_PATH: '/news/reviews-2/' })).toEqual({
      site: 'http://127.0.0.1:4321',
      base: '/news/reviews-2/',
      preview: true,
    });
  });
});

describe('a path in the address, and the address from content/site.yml', () => {
  test('A SITE_URL with a path is honoured as the base path.', () => {
    expect(siteConfig({ SITE_URL: 'https://x.org/reviews/' })).toEqual({
      site: 'https://x.org',
      base: '/reviews/',
      preview: false,
    });
    expect(siteConfig({ SITE_URL: 'https://x.org/site', BASE_PATH: '/site/' }).base).toBe('/site/');
  });

  test('A BASE_PATH that disagrees with the path in SITE_URL is refused, naming both.', () => {
    expect(() => siteConfig({ SITE_URL: 'https://x.org/reviews/', BASE_PATH: '/news/' })).toThrow(
      'SITE_URL "https://x.org/reviews/" has the path /reviews/, but BASE_PATH says /news/',
    );
    expect(() => siteConfig({}, { address: 'https://x.org/a/', basePath: '/b/' })).toThrow(
      /content\/site\.yml address .* has the path \/a\/, but content\/site\.yml basePath says \/b\//,
    );
  });

  test('The content file sets the address; SITE_URL and BASE_PATH override it.', () => {
    const file = { address: 'https://www.example.gov.cn', basePath: 'reviews' };
    expect(siteConfig({}, file)).toEqual({
      site: 'https://www.example.gov.cn',
      base: '/reviews/',
      preview: false,
    });
    expect(siteConfig({ SITE_URL: 'https://other.org' }, file).site).toBe('https://other.org');
    expect(siteConfig({ BASE_PATH: '/' }, file).base).toBe('/');
  });

  test('Local addresses are previews; public ones are not.', () => {
    for (const a of [
      'http://127.0.0.1:4321',
      'http://localhost:8080',
      'http://[::1]:3000',
      'http://127.1.2.3',
    ])
      expect(isLocalAddress(a), a).toBe(true);
    for (const a of ['https://example.org', 'http://10.0.0.5', 'https://127.0.0.1.example.org'])
      expect(isLocalAddress(a), a).toBe(false);
  });
});
