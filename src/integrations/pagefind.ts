import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { PageSource } from '../publish/html.ts';
import { pageRecords, readPage, type IndexablePage, type SearchRecord } from '../search/records.ts';
import { indexConfig, keepBundleFile } from '../search/bundle.ts';
import { buildCharmap, buildVocabulary, dataFiles } from '../search/build-data.ts';
import { loadSynonyms } from '../search/synonyms.ts';

/**
 * The search index, written by the one post-build pass (./postbuild.ts) from the pages it parsed,
 * with Pagefind's Node API, into `<outDir>/pagefind/`.
 *
 * Each review page becomes one record per section (see `src/search/records.ts` for why), added
 * with `addHTMLFile`; Pagefind makes one index per `<html lang>`, so one per edition. Any
 * `errors` in any response fails the build: a site without a working search must not ship.
 * Returns the log line.
 */
export async function writeSearchBundle(outDir: string, parsed: BuiltPage[]): Promise<string> {
  const started = performance.now();
  const pages = indexablePages(parsed, outDir);
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
  return (
    `${records.length} section records (${langs}) → ${path.relative(process.cwd(), bundleDir)}/ ` +
    `(${written} files) in ${Math.round(performance.now() - started)} ms`
  );
}

const json = (data: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(data));

/** Every page that asks to be indexed (`data-pagefind-body`), split into section records. */
export function collectRecords(outDir: string): SearchRecord[] {
  return [...collectPages(outDir)].flatMap(([urlPath, page]) => pageRecords(page, urlPath));
}

/** A built page as the post-build pass holds it: its path in the site and its text or parsed root. */
export interface BuiltPage {
  /** `/`-separated, relative to the output folder: `en/2024/index.html`. */
  file: string;
  html: PageSource;
}

/** Every page that asks to be indexed (`data-pagefind-body`), by its path inside the site. */
export function collectPages(outDir: string): Map<string, IndexablePage> {
  return indexablePages(builtPages(outDir), outDir);
}

function indexablePages(built: BuiltPage[], outDir: string): Map<string, IndexablePage> {
  const pages = new Map<string, IndexablePage>();
  for (const { file, html } of built) {
    const page = readPage(html, file);
    if (page) pages.set(`/${file.replace(/index\.html$/, '')}`, page);
  }
  if (pages.size === 0)
    throw new Error(`Search: no page in ${outDir} has data-pagefind-body; nothing to index.`);
  return pages;
}

/** The built pages' text, sorted by path (tools and tests that read a finished build). */
export function builtPages(outDir: string): BuiltPage[] {
  return fs
    .readdirSync(outDir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(outDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort()
    .map((file) => ({ file, html: fs.readFileSync(path.join(outDir, file), 'utf8') }));
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
