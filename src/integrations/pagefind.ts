import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { pageRecords, readPage, type IndexablePage, type SearchRecord } from '../search/records.ts';
import { indexConfig, keepBundleFile } from '../search/bundle.ts';
import { buildCharmap, buildVocabulary, dataFiles } from '../search/build-data.ts';
import { loadSynonyms } from '../search/synonyms.ts';

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
        const pages = collectPages(outDir);
        const records = [...pages].flatMap(([urlPath, page]) => pageRecords(page, urlPath));
        const files = await buildIndex(records);
        // The search UI's own data, fetched only when a query needs it (src/search/build-data.ts).
        files.push(
          { path: dataFiles.charmap, content: json(buildCharmap(pages, loadSynonyms())) },
          { path: dataFiles.vocab('en'), content: json(buildVocabulary(pages.values())) },
        );
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

const json = (data: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(data));

/** Every page that asks to be indexed (`data-pagefind-body`), split into section records. */
export function collectRecords(outDir: string): SearchRecord[] {
  return [...collectPages(outDir)].flatMap(([urlPath, page]) => pageRecords(page, urlPath));
}

/** Every page that asks to be indexed (`data-pagefind-body`), by its path inside the site. */
export function collectPages(outDir: string): Map<string, IndexablePage> {
  const pages = new Map<string, IndexablePage>();
  for (const file of htmlFiles(outDir)) {
    const rel = path.relative(outDir, file).split(path.sep).join('/');
    const page = readPage(fs.readFileSync(file, 'utf8'), rel);
    if (page) pages.set(`/${rel.replace(/index\.html$/, '')}`, page);
  }
  if (pages.size === 0)
    throw new Error(`Search: no page in ${outDir} has data-pagefind-body; nothing to index.`);
  return pages;
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
