import { describe, expect, test } from 'vitest';
import { DEFAULT_SITE_URL, siteConfig } from './site.ts';
import { absoluteUrl, archivePath, joinBase, reviewPath, siteUrl } from './urls.ts';

describe('joinBase', () => {
  test('With the root base it gives a root-relative path.', () => {
    expect(joinBase('/', 'en/2024/')).toBe('/en/2024/');
    expect(joinBase('/', '/en/2024/')).toBe('/en/2024/');
    expect(joinBase('/', '')).toBe('/');
  });

  test('With a sub-folder base it puts exactly one slash between base and path, with or without slashes.', () => {
    expect(joinBase('/reviews/', 'en/2024/')).toBe('/reviews/en/2024/');
    expect(joinBase('/reviews', 'en/2024/')).toBe('/reviews/en/2024/');
    expect(joinBase('/reviews/', '/en/2024/')).toBe('/reviews/en/2024/');
    expect(joinBase('/reviews', '//en/2024/')).toBe('/reviews/en/2024/');
    expect(joinBase('/reviews/', '')).toBe('/reviews/');
    expect(joinBase('/reviews/', 'favicon.svg')).toBe('/reviews/favicon.svg');
  });
});

describe('absoluteUrl', () => {
  test('It joins the site origin and a path that already holds the base.', () => {
    expect(absoluteUrl('https://example.org', '/reviews/en/2024/')).toBe(
      'https://example.org/reviews/en/2024/',
    );
    expect(absoluteUrl('http://127.0.0.1:4321', '/')).toBe('http://127.0.0.1:4321/');
    expect(absoluteUrl(new URL('https://example.org/'), joinBase('/reviews/', 'zh-hans/'))).toBe(
      'https://example.org/reviews/zh-hans/',
    );
  });

  test('It keeps a plain edition path unchanged.', () => {
    expect(absoluteUrl('https://example.org', '/zh-hant/2024/')).toBe('https://example.org/zh-hant/2024/');
  });
});

describe('siteUrl', () => {
  test('It joins the site, the base and a path written without the base.', () => {
    expect(siteUrl(new URL('https://example.org/'), '/reviews/', 'en/2024/')).toBe(
      'https://example.org/reviews/en/2024/',
    );
    expect(siteUrl('https://example.org', '/', 'sitemap.xml')).toBe('https://example.org/sitemap.xml');
  });

  test('Without a site it uses the same default as siteConfig, the local preview.', () => {
    expect(siteUrl(undefined, '/', '')).toBe(`${siteConfig({}).site}/`);
    expect(siteUrl(undefined, '/reviews', 'en/')).toBe(`${DEFAULT_SITE_URL}/reviews/en/`);
  });
});

describe('reviewPath and archivePath', () => {
  test('They give paths without the base and with a trailing slash.', () => {
    expect(reviewPath('en', 2024)).toBe('en/2024/');
    expect(reviewPath('zh-hant', '2024')).toBe('zh-hant/2024/');
    expect(archivePath('zh-hans')).toBe('zh-hans/');
  });
});
