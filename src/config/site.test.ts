import { describe, expect, test } from 'vitest';
import { siteConfig } from './site.ts';

describe('siteConfig', () => {
  test('Without SITE_URL and BASE_PATH it uses the local preview and the root.', () => {
    expect(siteConfig({})).toEqual({ site: 'http://127.0.0.1:4321', base: '/' });
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
    expect(() => siteConfig({ SITE_URL: '/reviews' })).toThrow(/^SITE_URL "\/reviews" is not an absolute URL/);
  });

  test('It reads process.env by default.', () => {
    const saved = { SITE_URL: process.env['SITE_URL'], BASE_PATH: process.env['BASE_PATH'] };
    try {
      process.env['SITE_URL'] = 'https://news.example.org/';
      process.env['BASE_PATH'] = 'reviews';
      expect(siteConfig()).toEqual({ site: 'https://news.example.org', base: '/reviews/' });
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
});
