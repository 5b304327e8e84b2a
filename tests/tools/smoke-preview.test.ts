import { describe, expect, test } from 'vitest';
import { robotsTxt } from '../../src/publish/robots.ts';
import { previewRefusal } from '../../tools/smoke/site-checks.ts';

/** `npm run smoke` refuses a preview build on a public address (tools/smoke/site-checks.ts). */
describe('the smoke check and preview builds', () => {
  const previewRobots = robotsTxt('http://127.0.0.1:4321/sitemap.xml', { preview: true });
  const publicRobots = robotsTxt('https://www.example.gov.cn/sitemap.xml');

  test('A preview build on a public address is refused, saying why and what to do.', () => {
    const why = previewRefusal('https://www.example.gov.cn/', 'http://127.0.0.1:4321/', previewRobots);
    expect(why).toMatch(
      /serves a PREVIEW build: its URLs name the local address http:\/\/127\.0\.0\.1:4321\//,
    );
    expect(why).toMatch(/Fix: set the address in content\/site\.yml/);
    // Remapped or not, a robots.txt that disallows all is a preview too.
    expect(previewRefusal('https://cdn.example.org/', undefined, previewRobots)).toMatch(
      /robots\.txt disallows all/,
    );
  });

  test('A preview checked on a local address, and a public build anywhere, pass.', () => {
    expect(previewRefusal('http://127.0.0.1:8080/', 'http://127.0.0.1:4321/', previewRobots)).toBeUndefined();
    expect(
      previewRefusal('https://www.example.gov.cn/', 'https://www.example.gov.cn/', publicRobots),
    ).toBeUndefined();
  });
});
