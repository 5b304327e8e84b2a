import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { distDir as DIST } from './dist.ts';

/**
 * The one post-build pass parses each built page once (issue 26): every HTML parse of a whole
 * page (a document with <html>) is counted while the pass runs over a copy of the real build.
 * Parses of smaller pieces (a section's copy for its search record) are not page parses.
 */
const pageParses: string[] = [];
vi.mock('node-html-parser', async (importOriginal) => {
  const real = await importOriginal<typeof import('node-html-parser')>();
  const parse = (html: string, options?: Parameters<typeof real.parse>[1]) => {
    if (/<html[\s>]/i.test(html))
      pageParses.push(/<link rel="canonical" href="([^"]*)"/.exec(html)?.[1] ?? html.slice(0, 80));
    return real.parse(html, options);
  };
  return { ...real, parse, default: { ...real, parse } };
});

const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-postbuild-'));
afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

describe('the post-build pass', () => {
  test('reads and parses each built page once, and writes the search bundle and the kit', async () => {
    fs.cpSync(DIST, copy, { recursive: true });
    for (const f of ['sitemap.xml', '_headers']) fs.rmSync(path.join(copy, f));
    fs.rmSync(path.join(copy, 'pagefind'), { recursive: true });
    const { default: postbuild } = await import('../../src/integrations/postbuild.ts');
    const hooks = postbuild().hooks;
    const logger = { info: () => {}, warn: () => {}, error: () => {} };
    const site = (await import('../../src/publish/site-file.ts')).publishedSite();
    // The browser build's record of our inline scripts, replayed: each inline script of the
    // built pages as a chunk of a src/ component (the recorder hashes them for the CSP).
    let plugins: { name: string; generateBundle?: { handler: (o: unknown, b: unknown) => void } }[] = [];
    const srcDir = path.resolve('src');
    await hooks['astro:config:setup']?.({
      config: { srcDir: pathToFileURL(`${srcDir}/`) },
      updateConfig: (c: { vite: { plugins: typeof plugins } }) => (plugins = c.vite.plugins),
    } as never);
    const inline = new Set<string>();
    for (const f of fs.readdirSync(copy, { recursive: true }) as string[]) {
      if (!f.endsWith('.html')) continue;
      for (const m of fs
        .readFileSync(path.join(copy, f), 'utf8')
        .matchAll(/<script type="module">([\s\S]*?)<\/script>/g))
        inline.add(m[1] ?? '');
    }
    const bundle = Object.fromEntries(
      [...inline].map((code, i) => [
        i,
        { type: 'chunk', code, moduleIds: [], facadeModuleId: `${srcDir}/s${i}.astro?astro&type=script` },
      ]),
    );
    plugins.find((p) => p.name === 'pingan:client-output')?.generateBundle?.handler({}, bundle);
    pageParses.length = 0;
    await hooks['astro:config:done']?.({ config: { base: site.base, site: site.site } } as never);
    await hooks['astro:build:done']?.({ dir: pathToFileURL(`${copy}/`), logger } as never);
    const pages = (fs.readdirSync(copy, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    expect(pageParses).toHaveLength(pages.length);
    expect(fs.existsSync(path.join(copy, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    expect(fs.readFileSync(path.join(copy, 'sitemap.xml'), 'utf8')).toBe(
      fs.readFileSync(path.join(DIST, 'sitemap.xml'), 'utf8'),
    );
  });
});
