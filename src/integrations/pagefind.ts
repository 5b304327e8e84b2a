import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import {
  pageRecords,
  readPage,
  scriptTwins,
  type IndexablePage,
  type SearchRecord,
} from '../search/records.ts';
import { indexConfig, keepBundleFile } from '../search/bundle.ts';

/**
 * Builds the search index after Astro has written the site (`astro:build:done`), with Pagefind's
 * Node API, into `<outDir>/pagefind/`.
 *
 * Each review page becomes one record per section (see `src/search/records.ts` for why), added
 * with `addHTMLFile`; Pagefind makes one index per `<html lang>`, so one per edition. Any
 * `errors` in any response fails the build: a site without a working search must not ship.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pingan:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const records = collectRecords(outDir);
        const files = await buildIndex(records);
        const bundleDir = path.join(outDir, 'pagefind');
        fs.rmSync(bundleDir, { recursive: true, force: true });
        let written = 0;
        for (const file of files) {
          if (!keepBundleFile(file.path)) continue;
          const target = path.join(bundleDir, file.path);
          fs.mkdirSync(path.dirname(target), { recursive: true });
          fs.writeFileSync(target, file.content);
          written++;
        }
        const langs = [...new Set(records.map((r) => r.lang))].join(', ');
        logger.info(
          `${records.length} section records (${langs}) → ${path.relative(process.cwd(), bundleDir)}/ ` +
            `(${written} files) in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}

/** Every page that asks to be indexed (`data-pagefind-body`), split into section records. */
export function collectRecords(outDir: string): SearchRecord[] {
  const pages = new Map<string, IndexablePage>();
  for (const file of htmlFiles(outDir)) {
    const rel = path.relative(outDir, file).split(path.sep).join('/');
    const page = readPage(fs.readFileSync(file, 'utf8'), rel);
    if (page) pages.set(`/${rel.replace(/index\.html$/, '')}`, page);
  }
  if (pages.size === 0)
    throw new Error(`Search: no page in ${outDir} has data-pagefind-body; nothing to index.`);
  const records: SearchRecord[] = [];
  for (const [urlPath, page] of pages) {
    // /zh-hant/2024/ ↔ /zh-hans/2024/: the same review in the other Chinese script.
    const [, segment = '', ...rest] = urlPath.split('/');
    const twinSegment = scriptTwins[segment];
    const twin = twinSegment ? pages.get(['', twinSegment, ...rest].join('/')) : undefined;
    if (twinSegment && !twin)
      throw new Error(`Search: ${urlPath} has no ${twinSegment} twin page to pair with.`);
    records.push(...pageRecords(page, urlPath, twin));
  }
  return records;
}

function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Indexes the records and returns the bundle's files, failing on the first response with errors. */
export async function buildIndex(records: SearchRecord[]): Promise<{ path: string; content: Uint8Array }[]> {
  const check = <T extends { errors: string[] }>(what: string, response: T): T => {
    if (response.errors.length > 0) {
      throw new Error(`Pagefind ${what} failed:\n  - ${response.errors.join('\n  - ')}`);
    }
    return response;
  };
  try {
    const { index } = check('createIndex', await pagefind.createIndex(indexConfig));
    if (!index) throw new Error('Pagefind createIndex returned no index.');
    for (const record of records) {
      const { file } = check(
        `addHTMLFile(${record.url})`,
        await index.addHTMLFile({ url: record.url, content: record.html }),
      );
      if (file.url !== record.url) throw new Error(`Pagefind indexed ${record.url} as ${file.url}.`);
    }
    const { files } = check('getFiles', await index.getFiles());
    return files;
  } finally {
    await pagefind.close();
  }
}
