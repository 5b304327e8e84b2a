import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildIndex, collectPages, collectRecords } from '../../src/integrations/pagefind.ts';
import { buildCharmap } from '../../src/search/build-data.ts';

/** The build step that makes the search index, on small sites written for each case. */
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) fs.rmSync(t, { recursive: true, force: true });
});

function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-search-'));
  temps.push(dir);
  for (const [file, html] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), html);
  }
  return dir;
}

const review = (lang: string, words: string) => `<!doctype html><html lang="${lang}"><body>
<main data-pagefind-body data-pagefind-filter="year:2024" data-pagefind-meta="title:Review 2024">
<section id="lede" data-pagefind-filter="section:lede" data-pagefind-meta="section:Lede"><p id="lede-1">${words}</p></section>
<section id="outlook" data-pagefind-filter="section:outlook" data-pagefind-meta="section:Outlook"><p id="outlook-1">${words} ahead</p></section>
</main></body></html>`;

describe('collecting records', () => {
  test('Only pages that ask to be indexed become records, one per section, under the page’s path.', () => {
    const dir = site({
      'en/2024/index.html': review('en', 'grid stations'),
      'en/index.html':
        '<html lang="en"><body><main><section id="x"><p>archive</p></section></main></body></html>',
      'en/search/index.html': '<html lang="en"><body><main><p>search</p></main></body></html>',
    });
    expect(collectRecords(dir).map((r) => [r.url, r.lang, r.year, r.section])).toEqual([
      ['/en/2024/#lede', 'en', '2024', 'lede'],
      ['/en/2024/#outlook', 'en', '2024', 'outlook'],
    ]);
  });

  test('A Chinese page without its other-script twin fails the build (the character map needs both).', () => {
    const dir = site({ 'zh-hans/2024/index.html': review('zh-Hans', '网格') });
    const empty = { zh: [], en: [], variants: [] };
    expect(() => buildCharmap(collectPages(dir), empty)).toThrow(/\/zh-hans\/2024\/ has no zh-hant twin/);
  });

  test('A site with nothing to index fails the build rather than shipping an empty search.', () => {
    const dir = site({ 'index.html': '<html lang="en"><body><main></main></body></html>' });
    expect(() => collectRecords(dir)).toThrow(/nothing to index/);
  });
});

describe('building the index', () => {
  test('Pagefind’s files for the records come back, with one index per language.', async () => {
    const dir = site({
      'zh-hans/2024/index.html': review('zh-Hans', '网格服务驿站'),
      'zh-hant/2024/index.html': review('zh-Hant', '網格服務驛站'),
    });
    const files = await buildIndex(collectRecords(dir));
    const entry = JSON.parse(
      new TextDecoder().decode(files.find((f) => f.path === 'pagefind-entry.json')?.content),
    );
    expect(Object.keys(entry.languages).sort()).toEqual(['zh-hans', 'zh-hant']);
    expect(entry.languages['zh-hans'].page_count).toBe(2);
  });

  test('An error in any Pagefind response fails the build, naming the call and Pagefind’s message.', async () => {
    const broken = {
      url: undefined as unknown as string,
      lang: 'en',
      year: '2024',
      section: 'lede',
      html: '<html></html>',
    };
    await expect(buildIndex([broken])).rejects.toThrow(
      /addHTMLFile\(undefined\) failed:[\s\S]*Either source_path or url must be provided/,
    );
  });
});
